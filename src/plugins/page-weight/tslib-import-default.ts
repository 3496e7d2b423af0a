/**
 * The one tslib helper that @docusaurus/utils-common's browser code calls
 * (`__importDefault`), standing in for tslib there (see ./index.ts): its
 * CommonJS `require("tslib")` otherwise puts the whole library, every
 * helper, in every page's main bundle. tests/unit/page-weight.test.ts
 * fails if utils-common starts calling another helper.
 */
export function __importDefault<T>(mod: T): T | {default: T} {
  return mod && (mod as {__esModule?: boolean}).__esModule ? mod : {default: mod};
}
