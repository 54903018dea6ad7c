/**
 * The media library's folder tree (`/upload/folder-structure`) is built by the upload plugin with
 * one raw SQL query, below every hook. Its service is wrapped so that the tree only keeps the
 * folders the actor may read (that read goes through the guarded query engine).
 */
import type { Core } from '@strapi/strapi';

export interface FolderNode {
  id: number;
  children?: FolderNode[];
  [key: string]: unknown;
}

/** Pure: the tree without the folders outside `visible` (their subtrees go too). */
export function pruneFolderTree(nodes: FolderNode[], visible: Set<number>): FolderNode[] {
  return nodes.filter((node) => visible.has(node.id)).map((node) => ({ ...node, children: pruneFolderTree(node.children ?? [], visible) }));
}

interface FolderService {
  getStructure: (...args: unknown[]) => Promise<FolderNode[]>;
}

export function guardFolderTree(strapi: Core.Strapi): void {
  const service = strapi.plugin('upload').service('folder') as FolderService;
  const original = service.getStructure.bind(service);
  service.getStructure = async (...args: unknown[]) => {
    const tree = await original(...args);
    const visible = (await strapi.db.query('plugin::upload.folder').findMany({ select: ['id'] })) as Array<{ id: number }>;
    return pruneFolderTree(tree, new Set(visible.map((folder) => folder.id)));
  };
}
