import { Typography } from '@strapi/design-system';

/** The outcome of a detail dialog's last action: its refusal (an alert) or what was done (a status). */
export function ActionStatus({ error, done }: { error: string | null; done: string | null }) {
  return (
    <>
      {error && (
        <Typography textColor="danger600" role="alert">
          {error}
        </Typography>
      )}
      {done && (
        <Typography textColor="success600" role="status">
          {done}
        </Typography>
      )}
    </>
  );
}
