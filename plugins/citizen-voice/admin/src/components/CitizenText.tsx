import { Box, Typography } from '@strapi/design-system';

/** What the citizen wrote, under its heading, as written (line breaks kept, long words wrapped). */
export function CitizenText({ id, title, body }: { id: string; title: string; body: string }) {
  return (
    <Box tag="section" aria-labelledby={id}>
      <Typography variant="delta" tag="h3" id={id}>
        {title}
      </Typography>
      <Box paddingTop={2}>
        <Typography tag="p" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {body}
        </Typography>
      </Box>
    </Box>
  );
}
