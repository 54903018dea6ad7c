import { Box, Flex, Link, Tabs, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import * as React from 'react';
// One text for the repository, the printed guide and the admin: the guide is edited in docs/guide.
import contributorText from '../../../../docs/guide/cong-tac-vien.vi.md?raw';
import memberText from '../../../../docs/guide/uy-vien.vi.md?raw';
import headText from '../../../../docs/guide/truong-ban.vi.md?raw';
import communeAdminText from '../../../../docs/guide/quan-tri-xa.vi.md?raw';
import provinceText from '../../../../docs/guide/cntt-tinh.vi.md?raw';
import { type Block, type Inline, parseRules } from '../security-rules/parse-rules';
import { DECK_PDF, GUIDE_MANIFEST, GUIDE_PDF, GUIDE_PUBLIC_PATH, GUIDE_ROLES, type Picture, splitPictures, titleOf } from './guide-content';

const TEXTS: Record<string, string> = {
  'cong-tac-vien': contributorText,
  'uy-vien': memberText,
  'truong-ban': headText,
  'quan-tri-xa': communeAdminText,
  'cntt-tinh': provinceText,
};

const GUIDES = GUIDE_ROLES.map((role) => {
  const blocks = parseRules(TEXTS[role.slug] ?? '');
  return { role, title: titleOf(blocks, role.label), blocks };
});

const TITLE = 'Hướng dẫn sử dụng';

const backendUrl = (): string => (window as unknown as { strapi?: { backendURL?: string } }).strapi?.backendURL ?? '';
const builtUrl = (file: string): string => `${backendUrl()}${GUIDE_PUBLIC_PATH}/${file}`;

/**
 * The pictures `npm run guide` copied to cms/public/huong-dan, read from its list: undefined while
 * loading, null when the guide was never built on this server (then no picture is attempted).
 */
function useBuiltPictures(): Set<string> | null | undefined {
  const [pictures, setPictures] = React.useState<Set<string> | null | undefined>(undefined);
  React.useEffect(() => {
    let live = true;
    fetch(builtUrl(GUIDE_MANIFEST), { cache: 'no-store' })
      .then(async (response) => (response.ok ? ((await response.json()) as { pictures?: unknown }) : null))
      .then((manifest) => {
        const names = Array.isArray(manifest?.pictures)
          ? manifest.pictures.filter((name): name is string => typeof name === 'string')
          : null;
        if (live) setPictures(names ? new Set(names) : null);
      })
      .catch(() => live && setPictures(null));
    return () => {
      live = false;
    };
  }, []);
  return pictures;
}

function InlineText({ parts }: { parts: Inline[] }) {
  return (
    <>
      {parts.map((part, index) => {
        if (part.kind === 'strong') return <strong key={index}>{part.text}</strong>;
        if (part.kind === 'code') return <code key={index}>{part.text}</code>;
        if (part.kind === 'image') return null;
        return <React.Fragment key={index}>{part.text}</React.Fragment>;
      })}
    </>
  );
}

/** A screenshot with its caption; a picture the build did not find shows nothing (the caption says what it was). */
function Figure({ picture, built }: { picture: Picture; built: Set<string> | null | undefined }) {
  if (!built?.has(picture.name)) return null;
  return (
    <Box tag="figure" margin={0} paddingTop={2} paddingBottom={2}>
      <img
        src={builtUrl(`${picture.name}.png`)}
        alt={picture.caption}
        loading="lazy"
        style={{ maxWidth: '100%', maxHeight: '36rem', border: '1px solid #dcdce4', borderRadius: 4 }}
      />
      <Typography tag="figcaption" variant="pi" textColor="neutral600">
        {picture.caption}
      </Typography>
    </Box>
  );
}

function TextWithPictures({ parts, built }: { parts: Inline[]; built: Set<string> | null | undefined }) {
  const { text, pictures } = splitPictures(parts);
  return (
    <>
      <Typography variant="omega" tag="p" lineHeight="1.6">
        <InlineText parts={text} />
      </Typography>
      {pictures.map((picture, index) => (
        <Figure key={index} picture={picture} built={built} />
      ))}
    </>
  );
}

function GuideBlock({ block, built }: { block: Block; built: Set<string> | null | undefined }) {
  switch (block.kind) {
    case 'title':
      return (
        <Typography variant="alpha" tag="h2">
          {block.text}
        </Typography>
      );
    case 'heading':
      return (
        <Box paddingTop={4}>
          <Typography variant="beta" tag="h3">
            {block.text}
          </Typography>
        </Box>
      );
    case 'paragraph':
      return <TextWithPictures parts={block.content} built={built} />;
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <Box tag={List} paddingLeft={6} style={{ listStyle: block.ordered ? 'decimal' : 'disc' }}>
          {block.items.map((item, index) => (
            <Box tag="li" key={index} paddingBottom={3}>
              <TextWithPictures parts={item} built={built} />
            </Box>
          ))}
        </Box>
      );
    }
  }
}

function Downloads({ built }: { built: Set<string> | null | undefined }) {
  if (built === undefined) return null;
  if (built === null)
    return (
      <Box background="warning100" borderColor="warning200" hasRadius padding={4} data-testid="guide-not-built">
        <Typography variant="omega">
          {/* No command here: the admin shows no technical words; README "User guide" has it. */}
          Ảnh chụp màn hình và bản in (PDF) của hướng dẫn chưa được tạo trên máy chủ này, nên trang chỉ có phần chữ. Cán bộ CNTT của tỉnh
          tạo chúng bằng lệnh tạo hướng dẫn ghi trong tài liệu cài đặt, rồi tải lại trang.
        </Typography>
      </Box>
    );
  return (
    <Flex gap={4}>
      <Link href={builtUrl(GUIDE_PDF)} isExternal={false}>
        Tải bản in (PDF)
      </Link>
      <Link href={builtUrl(DECK_PDF)} isExternal={false}>
        Tài liệu tập huấn (PDF)
      </Link>
    </Flex>
  );
}

/** "Hướng dẫn": the illustrated guide for each role, readable by everyone signed in. */
export function GuidePage() {
  const built = useBuiltPictures();
  const [role, setRole] = React.useState(GUIDES[0]?.role.slug ?? '');
  return (
    <Page.Main>
      <Page.Title>{TITLE}</Page.Title>
      <Layouts.Header
        title={TITLE}
        subtitle="Từng bước làm việc trên trang quản trị, có ảnh chụp màn hình. Chọn phần dành cho công việc của anh/chị."
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Downloads built={built} />
          <Tabs.Root value={role} onValueChange={setRole}>
            <Tabs.List aria-label="Hướng dẫn theo vai trò">
              {GUIDES.map(({ role: { slug, label } }) => (
                <Tabs.Trigger key={slug} value={slug}>
                  {label}
                </Tabs.Trigger>
              ))}
            </Tabs.List>
            {GUIDES.map(({ role: { slug }, blocks }) => (
              <Tabs.Content key={slug} value={slug}>
                <Box background="neutral0" hasRadius shadow="tableShadow" padding={8} width="100%" maxWidth="80rem">
                  <Flex direction="column" alignItems="stretch" gap={3}>
                    {blocks.map((block, index) => (
                      <GuideBlock key={index} block={block} built={built} />
                    ))}
                  </Flex>
                </Box>
              </Tabs.Content>
            ))}
          </Tabs.Root>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
}
