/**
 * A new commune's access-to-information section, as a draft (never published here: the
 * editorial board completes and publishes it): the commune's office as the contact point for
 * information requests, and guidance text on how to request information.
 */
import type { Core } from '@strapi/strapi';
import { toBlocks } from '../seed/blocks';
import { docs, type Data } from '../seed/documents-api';
import { inSentence } from './spec';
import type { CommuneRow } from './store';

const INFO_ACCESS_UID = 'api::info-access.info-access';

export function infoAccessDraft(commune: Pick<CommuneRow, 'name' | 'province'>): Data {
  const name = inSentence(commune.name);
  return {
    title: 'Tiếp cận thông tin',
    contactUnit: `Văn phòng HĐND và UBND ${name}`,
    address: `Trụ sở Ủy ban nhân dân ${name}, ${commune.province}`,
    receivingHours: 'Giờ hành chính, từ thứ Hai đến thứ Sáu (trừ ngày lễ, Tết)',
    howToRequest: toBlocks([
      'Nội dung mẫu – Ban biên tập hãy ghi người phụ trách, điện thoại, thư điện tử, tải lên Phiếu yêu cầu cung ' +
        'cấp thông tin rồi mới đăng.',
      `Công dân yêu cầu cung cấp thông tin do Ủy ban nhân dân ${name} tạo ra bằng một trong các cách sau (Điều ` +
        `24 Luật Tiếp cận thông tin; Nghị định số 13/2018/NĐ-CP):`,
      {
        list: [
          'Trực tiếp tại Văn phòng HĐND và UBND xã, bằng Phiếu yêu cầu cung cấp thông tin.',
          'Qua mạng điện tử: gửi Phiếu yêu cầu đến địa chỉ thư điện tử của đầu mối.',
          'Qua dịch vụ bưu chính hoặc fax: gửi Phiếu yêu cầu đến trụ sở Ủy ban nhân dân xã.',
        ],
      },
    ]),
  };
}

/** Creates the draft once; a commune that has an entry (draft or published) keeps it. */
export async function ensureInfoAccessDraft(strapi: Core.Strapi, commune: CommuneRow): Promise<void> {
  const entries = docs(strapi, INFO_ACCESS_UID);
  if (await entries.findFirst({ filters: { commune: { documentId: { $eq: commune.documentId } } }, fields: ['id'] })) return;
  await entries.create({ data: { ...infoAccessDraft(commune), commune: commune.documentId } });
}
