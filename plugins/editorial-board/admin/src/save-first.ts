/**
 * "Save, then act" for the board panel. Strapi's edit view keeps its Save logic inside its header
 * action (validation, data shaping, create-then-navigate); the panel cannot call it directly. The
 * header's Save action is wrapped (document-actions.ts) to hand its click handler over here, keyed
 * by the item it saves, so the panel's buttons work on an unsaved or never-saved item: the
 * contributor writes and presses "Gửi Ban biên tập" once, as with Strapi's own Publish.
 *
 * A save of a new item moves the edit view to the new item's address, so the action to perform
 * after the save is kept here as an intent that the panel of the saved item carries out.
 */
import * as React from 'react';
import type { TransitionRequest } from '../../shared';

type SaveHandler = (event: React.SyntheticEvent) => unknown;

/** One edit view at a time; relation modals save other items and are keyed apart. */
const saves = new Map<string, SaveHandler>();

const key = (model: string, documentId: string | undefined): string => `${model}|${documentId ?? 'new'}`;

/** Called by the wrapped header Save on every render: the latest handler wins. */
export function offerSave(model: string, documentId: string | undefined, save: SaveHandler | undefined): void {
  if (save) saves.set(key(model, documentId), save);
  else saves.delete(key(model, documentId));
}

export function saveHandlerFor(model: string, documentId: string | undefined): SaveHandler | undefined {
  return saves.get(key(model, documentId));
}

export interface ActAfterSave {
  model: string;
  /** The item's `updatedAt` when the button was pressed (undefined for a new item). */
  savedBefore: string | undefined;
  request: Omit<TransitionRequest, 'version' | 'locale'>;
  /** An intent a failed save left behind must never fire on a later, unrelated save. */
  expires: number;
}

let pending: ActAfterSave | null = null;
const WAIT_FOR_SAVE_MS = 15_000;

export function actAfterSave(model: string, savedBefore: string | undefined, request: ActAfterSave['request']): void {
  pending = { model, savedBefore, request, expires: Date.now() + WAIT_FOR_SAVE_MS };
}

export function forgetIntent(): void {
  pending = null;
}

/**
 * The intent for this item once its save has landed (the item exists and its `updatedAt` moved),
 * taken so that it runs once; null otherwise.
 */
export function takeIntentAfterSave(model: string, documentId: string | undefined, updatedAt: string | undefined): ActAfterSave | null {
  if (!pending || pending.model !== model || !documentId || !updatedAt) return null;
  if (Date.now() > pending.expires) {
    pending = null;
    return null;
  }
  if (updatedAt === pending.savedBefore) return null;
  const intent = pending;
  pending = null;
  return intent;
}

/**
 * Items this person may not edit now (the board panel learns why from the server): the header's
 * Save is disabled for them, so nothing typed is lost to a refusal at save time.
 */
const readOnly = new Map<string, string>();
const listeners = new Set<() => void>();

export function setReadOnlyReason(model: string, documentId: string | undefined, reason: string | null): void {
  const itemKey = key(model, documentId);
  if ((readOnly.get(itemKey) ?? null) === reason) return;
  if (reason === null) readOnly.delete(itemKey);
  else readOnly.set(itemKey, reason);
  listeners.forEach((listener) => listener());
}

const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useReadOnlyReason(model: string, documentId: string | undefined): string | null {
  return React.useSyncExternalStore(subscribe, () => readOnly.get(key(model, documentId)) ?? null);
}
