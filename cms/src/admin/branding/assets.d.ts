// Vite's import of an image: the URL of the built file.
declare module '*.svg' {
  const url: string;
  export default url;
}
