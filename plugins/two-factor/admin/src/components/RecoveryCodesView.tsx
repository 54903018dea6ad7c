import { Box, Button, Checkbox, Flex, Typography } from '@strapi/design-system';
import * as React from 'react';
import { vi } from '../messages';

interface RecoveryCodesViewProps {
  codes: string[];
  continueLabel: string;
  onContinue: () => void;
}

/** The ten recovery codes, shown once; going on needs the "đã lưu" acknowledgement. */
export function RecoveryCodesView({ codes, continueLabel, onContinue }: RecoveryCodesViewProps) {
  const [saved, setSaved] = React.useState(false);
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Typography variant="delta" tag="h2">
        {vi.codesTitle}
      </Typography>
      <Typography>{vi.codesIntro}</Typography>
      <Box background="neutral100" padding={4} hasRadius>
        <ol data-testid="two-factor-recovery-codes" style={{ columns: 2, fontFamily: 'monospace', fontSize: '1.4rem', margin: 0 }}>
          {codes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ol>
      </Box>
      <Button variant="tertiary" onClick={() => void navigator.clipboard?.writeText(codes.join('\n'))}>
        {vi.codesCopy}
      </Button>
      <Checkbox checked={saved} onCheckedChange={(value) => setSaved(value === true)}>
        {vi.codesSaved}
      </Checkbox>
      <Button disabled={!saved} onClick={onContinue}>
        {continueLabel}
      </Button>
    </Flex>
  );
}
