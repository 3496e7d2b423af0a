/**
 * lunr as the browser's search worker sees it: the real lunr with the site's
 * Turkish query function registered (src/search/lunr-analysis.ts).
 *
 * The search plugin (src/plugins/search) points the bundler's `lunr` import
 * here, because the search library's worker imports `lunr` and then loads
 * each index by the names of its pipeline functions; a Turkish index names
 * ours. Nothing else changes: same module instance, same API.
 */
import lunr from 'lunr/lunr.js';
import {registerTurkishQuery} from './lunr-analysis';

registerTurkishQuery(lunr);

export default lunr;
