/**
 * Size limits of every field a citizen can type (characters), shared by the site's forms
 * (`maxlength`) and the server's checks, which are the ones that count.
 */
export const FIELD_LIMITS = {
  fullName: 100,
  phone: 20,
  email: 254,
  address: 200,
  body: 4000,
  /** A comment on a draft document. */
  comment: 4000,
  /** The optional remark with a page rating. */
  ratingComment: 500,
  path: 300,
} as const;

/** The shortest question or comment worth a board's time. */
export const MIN_BODY_LENGTH = 10;

/** Links allowed in a question or comment; more is the shape of spam. */
export const MAX_LINKS = 2;

/** Seconds a person needs at least to fill in a form; a faster submission is a robot's. */
export const MIN_FILL_SECONDS = 3;

/** A form token is good for this long (a citizen may leave the page open for a while). */
export const FORM_TOKEN_HOURS = 24;

/** Defaults of the commune's settings (site-setting). */
export const DEFAULT_ANSWER_DUE_WORKING_DAYS = 15;
export const DEFAULT_RETENTION_MONTHS = 24;

/** Open items due within this many working days are "soon" (highlighted, e-mailed to the head). */
export const DUE_SOON_WORKING_DAYS = 3;
