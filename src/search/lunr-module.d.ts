// The real lunr file, imported by path where `lunr` itself is aliased
// (src/search/lunr-client.ts).
declare module 'lunr/lunr.js' {
  import lunr from 'lunr';
  export default lunr;
}
