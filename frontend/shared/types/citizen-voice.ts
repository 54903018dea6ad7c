/**
 * The BFF's answers for the citizens' pages (`/hoi-dap`, `/lay-y-kien`) and the state of a
 * refused form, which the site's server hands to the page it renders again.
 */
import type { Challenge } from '../../../plugins/citizen-voice/shared';
import type { Attachment } from './attachment';
import type { Block } from './blocks';
import type { DocumentRef } from './legal-document';

export interface QuestionAnswerSummary {
  documentId: string;
  path: string;
  title: string;
  kind: string;
  topic: string;
  askerInitials: string;
  askedOn: string | null;
  answeredOn: string | null;
}

export interface QuestionAnswerListResponse {
  items: QuestionAnswerSummary[];
  pagination: { page: number; pageSize: number; pageCount: number; total: number };
  topic: string | null;
}

export interface QuestionAnswerDetail extends QuestionAnswerSummary {
  question: string;
  answer: Block[];
  answeredBy: string | null;
  relatedDocuments: DocumentRef[];
}

export interface ConsultationSummary {
  documentId: string;
  path: string;
  title: string;
  draftingAgency: string;
  summary: string;
  opensAt: string;
  closesAt: string;
}

export interface ConsultationDetail extends ConsultationSummary {
  body: Block[];
  files: Attachment[];
  showsComments: boolean;
  resultSummary: Block[];
  resultFiles: Attachment[];
  resultPublishedOn: string | null;
  adoptedDocument: DocumentRef | null;
}

/** Which form was refused, with what the citizen typed (all of it) and Strapi's messages. */
export interface CitizenFormState {
  form: 'question' | 'comment';
  values: Record<string, string>;
  status: number;
  message: string;
  fields: Record<string, string>;
  challenge: Challenge | null;
}
