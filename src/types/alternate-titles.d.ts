// Written by src/plugins/alternate-titles at build time; read by the ticket menu.
declare module '@generated/alternate-titles/default/titles.json' {
  import type {AlternateTitles} from '@site/src/plugins/alternate-titles';

  const titles: AlternateTitles;
  export default titles;
}
