// The list lives with the site's code (the build checks redirect targets
// against it): src/links/allowedDomains.ts.
export {ALLOWED_DOMAINS, externalLinkProblem} from '../../src/links/allowedDomains';
