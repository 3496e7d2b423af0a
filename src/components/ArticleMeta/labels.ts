/**
 * Reader-facing names for Microsoft's metadata codes, translated.
 *
 * In:  a code as Microsoft writes it (`how-to`, `o365-administration`,
 *      `ITPro`), in any letter case.
 * Out: the name a reader understands, in the page's language; a code with
 *      no name here is shown as written (support agents know the codes).
 *
 * Each name is a literal translate() call so `write-translations` finds it.
 */
import {translate} from '@docusaurus/Translate';

export function topicLabel(topic: string): string {
  switch (topic.toLowerCase()) {
    case 'article':
    case 'include':
    case 'contributor-guide':
      return translate({
        id: 'articleMeta.topic.article',
        message: 'Article',
        description: 'ms.topic article',
      });
    case 'conceptual':
    case 'concept-article':
      return translate({
        id: 'articleMeta.topic.concept',
        message: 'Concept',
        description: 'ms.topic conceptual',
      });
    case 'how-to':
    case 'how-to-guide':
      return translate({
        id: 'articleMeta.topic.howTo',
        message: 'How-to guide',
        description: 'ms.topic how-to',
      });
    case 'overview':
    case 'solution-overview':
    case 'landing-page':
    case 'hub-page':
      return translate({
        id: 'articleMeta.topic.overview',
        message: 'Overview',
        description: 'ms.topic overview',
      });
    case 'quickstart':
    case 'get-started':
      return translate({
        id: 'articleMeta.topic.quickstart',
        message: 'Quickstart',
        description: 'ms.topic quickstart',
      });
    case 'tutorial':
      return translate({
        id: 'articleMeta.topic.tutorial',
        message: 'Tutorial',
        description: 'ms.topic tutorial',
      });
    case 'reference':
    case 'error-reference':
    case 'limits-and-quotas':
    case 'glossary':
      return translate({
        id: 'articleMeta.topic.reference',
        message: 'Reference',
        description: 'ms.topic reference',
      });
    case 'troubleshooting':
    case 'troubleshooting-general':
    case 'troubleshooting-known-issue':
    case 'troubleshooting-problem-resolution':
      return translate({
        id: 'articleMeta.topic.troubleshooting',
        message: 'Troubleshooting',
        description: 'ms.topic troubleshooting',
      });
    case 'faq':
      return translate({
        id: 'articleMeta.topic.faq',
        message: 'Frequently asked questions',
        description: 'ms.topic faq',
      });
    case 'release-notes':
    case 'whats-new':
      return translate({
        id: 'articleMeta.topic.whatsNew',
        message: "What's new",
        description: 'ms.topic whats-new',
      });
    case 'best-practice':
      return translate({
        id: 'articleMeta.topic.bestPractice',
        message: 'Best practices',
        description: 'ms.topic best-practice',
      });
    case 'architecture':
      return translate({
        id: 'articleMeta.topic.architecture',
        message: 'Architecture',
        description: 'ms.topic architecture',
      });
    case 'install-set-up-deploy':
      return translate({
        id: 'articleMeta.topic.deploy',
        message: 'Deployment guide',
        description: 'ms.topic install-set-up-deploy',
      });
    case 'upgrade-and-migration-article':
      return translate({
        id: 'articleMeta.topic.migration',
        message: 'Migration guide',
        description: 'ms.topic upgrade-and-migration-article',
      });
    case 'sample':
      return translate({
        id: 'articleMeta.topic.sample',
        message: 'Sample',
        description: 'ms.topic sample',
      });
    case 'video':
      return translate({
        id: 'articleMeta.topic.video',
        message: 'Video walkthrough',
        description: 'ms.topic video',
      });
    default:
      return topic;
  }
}

export function serviceLabel(service: string): string {
  switch (service.toLowerCase()) {
    case 'o365-administration':
      return translate({
        id: 'articleMeta.service.o365Administration',
        message: 'Microsoft 365 administration',
        description: 'ms.service o365-administration',
      });
    case 'microsoft-365-business':
      return translate({
        id: 'articleMeta.service.business',
        message: 'Microsoft 365 for business',
        description: 'ms.service microsoft-365-business',
      });
    case 'microsoft-365-enterprise':
      return translate({
        id: 'articleMeta.service.enterprise',
        message: 'Microsoft 365 Enterprise',
        description: 'ms.service microsoft-365-enterprise',
      });
    case 'microsoft-365-security':
    case 'm365-security':
      return translate({
        id: 'articleMeta.service.security',
        message: 'Microsoft 365 security',
        description: 'ms.service microsoft-365-security, ms.prod m365-security',
      });
    case 'o365-seccomp':
      return translate({
        id: 'articleMeta.service.securityCompliance',
        message: 'Security and compliance',
        description: 'ms.service O365-seccomp',
      });
    case 'virtual-desktop':
      return translate({
        id: 'articleMeta.service.virtualDesktop',
        message: 'Virtual desktops',
        description: 'ms.service virtual-desktop',
      });
    case 'm365-commerce-acquisition':
      return translate({
        id: 'articleMeta.service.commerceAcquisition',
        message: 'Buying and licensing',
        description: 'ms.subservice m365-commerce-acquisition',
      });
    case 'mde':
      return translate({
        id: 'articleMeta.service.defenderEndpoint',
        message: 'Microsoft Defender for Endpoint',
        description: 'ms.subservice / ms.technology mde (product name as Microsoft localizes it)',
      });
    default:
      // Product names that read the same in every language (w10 -> Windows 10).
      return {w10: 'Windows 10', m365d: 'Microsoft 365 Defender'}[service.toLowerCase()] ?? service;
  }
}

export function audienceLabel(audience: string): string {
  switch (audience.toLowerCase().replace(/[\s_]+/g, '-')) {
    case 'admin':
      return translate({
        id: 'articleMeta.audience.admin',
        message: 'Administrators',
        description: 'ms.audience Admin',
      });
    case 'itpro':
      return translate({
        id: 'articleMeta.audience.itPro',
        message: 'IT professionals',
        description: 'ms.audience ITPro',
      });
    case 'developer':
      return translate({
        id: 'articleMeta.audience.developer',
        message: 'Developers',
        description: 'ms.audience Developer',
      });
    case 'software-vendor':
      return translate({
        id: 'articleMeta.audience.softwareVendor',
        message: 'Software vendors',
        description: 'ms.audience Software-Vendor',
      });
    case 'end-user':
    case 'enduser':
      return translate({
        id: 'articleMeta.audience.endUser',
        message: 'End users',
        description: 'ms.audience End User',
      });
    default:
      return audience;
  }
}
