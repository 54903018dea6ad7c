// Vite's `?raw` import: the file's text as a string (docs/security-rules.vi.md).
declare module '*.md?raw' {
  const text: string;
  export default text;
}
