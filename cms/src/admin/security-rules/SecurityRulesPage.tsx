import { Box, Flex, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import * as React from 'react';
// One text for the repository and the admin: the rules are edited in docs/, never here.
import rulesText from '../../../../docs/security-rules.vi.md?raw';
import { type Block, type Inline, parseRules } from './parse-rules';

const blocks = parseRules(rulesText);
const title = blocks.find((block) => block.kind === 'title')?.text ?? 'Quy tắc an toàn';

/**
 * Who to call is the province's own line, set when the admin is built
 * (`STRAPI_ADMIN_SECURITY_CONTACT`, e.g. "Trung tâm CNTT tỉnh: 0205 3xxx xxx, cntt@langson.gov.vn").
 */
const contact = process.env.STRAPI_ADMIN_SECURITY_CONTACT?.trim() ?? '';

function InlineText({ parts }: { parts: Inline[] }) {
  return (
    <>
      {parts.map((part, index) => {
        if (part.kind === 'strong') return <strong key={index}>{part.text}</strong>;
        if (part.kind === 'code') return <code key={index}>{part.text}</code>;
        return <React.Fragment key={index}>{part.text}</React.Fragment>;
      })}
    </>
  );
}

function RuleBlock({ block }: { block: Block }) {
  switch (block.kind) {
    case 'title':
      return null; // shown in the page header
    case 'heading':
      return (
        <Box paddingTop={4}>
          <Typography variant="beta" tag="h2">
            {block.text}
          </Typography>
        </Box>
      );
    case 'paragraph':
      return (
        <Typography variant="omega" tag="p" lineHeight="1.6">
          <InlineText parts={block.content} />
        </Typography>
      );
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <Box tag={List} paddingLeft={6} style={{ listStyle: block.ordered ? 'decimal' : 'disc' }}>
          {block.items.map((item, index) => (
            <Box tag="li" key={index} paddingBottom={2}>
              <Typography variant="omega" lineHeight="1.6">
                <InlineText parts={item} />
              </Typography>
            </Box>
          ))}
        </Box>
      );
    }
  }
}

/** "Quy tắc an toàn": the rules every admin user is handed, readable by everyone signed in. */
export function SecurityRulesPage() {
  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header title={title} subtitle="Dành cho mọi người có tài khoản quản trị của xã, phường và của tỉnh." />
      <Layouts.Content>
        <Box background="neutral0" hasRadius shadow="tableShadow" padding={8} maxWidth="80rem">
          <Flex direction="column" alignItems="stretch" gap={3}>
            {blocks.map((block, index) => (
              <RuleBlock key={index} block={block} />
            ))}
            <Box paddingTop={4}>
              <Typography variant="delta" tag="h2">
                Liên hệ bộ phận CNTT của tỉnh
              </Typography>
              <Typography variant="omega" tag="p" data-testid="security-contact">
                {contact || 'Chưa ghi số liên hệ: hãy hỏi quản trị của xã số điện thoại của bộ phận CNTT tỉnh.'}
              </Typography>
            </Box>
          </Flex>
        </Box>
      </Layouts.Content>
    </Page.Main>
  );
}
