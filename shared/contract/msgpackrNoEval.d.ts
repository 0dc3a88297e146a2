/**
 * msgpackr's build without `new Function` (for pages whose CSP forbids eval) ships as UMD
 * without its own types; it has the same API as the main entry.
 */
declare module 'msgpackr/index-no-eval' {
  import * as msgpackr from 'msgpackr';
  export default msgpackr;
}
