/** The data's actors named in one language, by id (scripts/vite-plugin-actor-names.ts). */
declare module 'virtual:actor-names/*' {
  const names: Readonly<Record<string, string>>;
  export default names;
}
