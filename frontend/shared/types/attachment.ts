/**
 * A downloadable file of a document or a procedure (Strapi media), as the pages receive it.
 */
export interface Attachment {
  /** The file name the editor uploaded, e.g. `47-QĐ-UBND.pdf`; offered as the download's name. */
  name: string;
  /** This site's own `/uploads/…` address, or an external store's (S3) absolute URL. */
  url: string;
  /** What the editor wrote about the file (Strapi's caption), if anything. */
  caption: string | null;
  mime: string | null;
  /** Size in bytes; null when Strapi did not record it. */
  bytes: number | null;
}
