/**
 * Docusaurus plugin: the home page and the list of articles it shows.
 *
 * The home page needs the title, description and address of every article
 * of the current version in the page's locale. Docusaurus keeps those in the
 * docs plugin's content; this plugin reads them once all content is loaded
 * and hands them to the home route only, as route data (not global data),
 * so article pages don't download the list.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';

export interface HomeArticle {
  id: string;
  title: string;
  description: string;
  permalink: string;
  /** Microsoft's folder of the article, e.g. `microsoft-365/commerce/licenses`. */
  area: string;
}

export interface HomeData {
  articles: HomeArticle[];
}

export function listArticles(content: LoadedContent): HomeArticle[] {
  const current = content.loadedVersions.find((v) => v.versionName === 'current');
  if (!current) return [];
  return current.docs
    .filter((d) => !d.unlisted && !d.draft)
    .map((d) => ({
      id: d.id,
      title: d.title,
      description: d.description,
      permalink: d.permalink,
      area: d.sourceDirName,
    }))
    .sort((a, b) => a.title.localeCompare(b.title));
}

export default function homeArticles(context: LoadContext): Plugin {
  return {
    name: 'home-articles',
    async allContentLoaded({allContent, actions}) {
      const docs = allContent['docusaurus-plugin-content-docs']?.default as
        LoadedContent | undefined;
      if (!docs) throw new Error('home-articles: the docs plugin has no content');
      const data: HomeData = {articles: listArticles(docs)};
      const dataPath = await actions.createData('home.json', JSON.stringify(data));
      actions.addRoute({
        path: context.baseUrl,
        exact: true,
        component: '@site/src/components/HomePage/index.tsx',
        modules: {data: dataPath},
      });
    },
  };
}
