/**
 * The one Vite feature this admin code uses (`import.meta.glob`, for a component that may not
 * exist yet), typed here because the admin tsconfig does not load `vite/client`.
 */
interface ImportMeta {
  glob<Module>(pattern: string): Record<string, () => Promise<Module>>;
}
