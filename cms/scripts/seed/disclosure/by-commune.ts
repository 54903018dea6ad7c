/** The disclosure demo data of each demo commune, by its slug. */
import { disclosure as khanhKhe } from '../data/khanh-khe/disclosure';
import { disclosure as quocTuan } from '../data/quoc-tuan/disclosure';
import { disclosure as sonGiang } from '../data/son-giang/disclosure';
import type { SeedDisclosure } from './types';

export const DISCLOSURE_BY_COMMUNE: Readonly<Record<string, SeedDisclosure>> = {
  'khanh-khe': khanhKhe,
  'son-giang': sonGiang,
  'quoc-tuan': quocTuan,
};
