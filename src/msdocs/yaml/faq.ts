/**
 * `### YamlMime:FAQ` pages as typed objects.
 *
 * In:  the file's text and name; for a translation, the English page at the
 *      same path (when there is one).
 * Out: title, metadata (Microsoft's front matter keys, validated later by
 *      ../frontmatter.ts like an article's), summary, sections with their
 *      questions, and questions outside sections; answers are Markdown as
 *      written. Each section and question has an id:
 *        - English: Microsoft's heading id of its text (../slug.ts);
 *        - a translation: the id of the English item at the same position
 *          (section index, question index), so `#why-can-i-see-the-list`
 *          opens the same question in both languages; its own slug when the
 *          English page or item is absent.
 *      Ids repeated within a page get `-1`, `-2` as Docusaurus numbers
 *      repeated headings.
 * Mistakes (no title, a question without answer, a list where text is
 * expected) throw YamlPageError with file, line and key.
 */
import {msSlug} from '../slug';
import {YamlReader, type Located, type PageHead} from './document';

export interface FaqQuestion {
  id: string;
  /** The question on one line (block scalars end with a newline). */
  question: Located;
  answer: Located;
}

export interface FaqSection {
  id: string;
  name: Located;
  /**
   * Microsoft's `name: Ignored` (a FAQ with one untitled section): no
   * heading. A translation's section is hidden when the English one is
   * (machine translation turns the keyword into words: "Yok sayıldı").
   */
  hidden: boolean;
  questions: FaqQuestion[];
}

export interface FaqPage extends PageHead {
  kind: 'faq';
  sections: FaqSection[];
  /** Questions written outside any section (`questions:` at the top). */
  questions: FaqQuestion[];
  /** Markdown after the questions (`additionalContent:`, e.g. "See also"). */
  additionalContent: Located | undefined;
}

export function readFaq(text: string, file: string): FaqPage {
  const yaml = new YamlReader(text, file);
  const {root, ...head} = yaml.head();
  const readQuestions = (map: Parameters<YamlReader['maps']>[0], path: string): FaqQuestion[] =>
    yaml.maps(map, 'questions', path).map((q) => {
      const question = yaml.line(q.map, 'question', q.path);
      return {
        id: msSlug(question.text),
        question,
        answer: yaml.text(q.map, 'answer', q.path, true),
      };
    });
  const page: FaqPage = {
    kind: 'faq',
    ...head,
    sections: yaml.maps(root, 'sections', '').map((s) => {
      const name = yaml.line(s.map, 'name', s.path);
      return {
        id: msSlug(name.text),
        name,
        hidden: /^ignored$/i.test(name.text),
        questions: readQuestions(s.map, s.path),
      };
    }),
    questions: readQuestions(root, ''),
    additionalContent: yaml.text(root, 'additionalContent', ''),
  };
  if (page.sections.length === 0 && page.questions.length === 0) {
    yaml.fail(root, 'sections', 'no sections and no questions; expected at least one question');
  }
  return dedupeIds(page);
}

/**
 * A translation's ids taken from its English page, item by item at the same
 * position; items the English page doesn't have keep their own slug.
 */
export function alignFaqIds(page: FaqPage, english: FaqPage | undefined): FaqPage {
  if (!english) return page;
  const questionsLike = (own: FaqQuestion[], source: FaqQuestion[] | undefined) =>
    own.map((q, i) => ({...q, id: source?.[i]?.id ?? q.id}));
  return dedupeIds({
    ...page,
    sections: page.sections.map((s, i) => {
      const source = english.sections[i];
      return {
        ...s,
        id: source?.id ?? s.id,
        hidden: source?.hidden ?? s.hidden,
        questions: questionsLike(s.questions, source?.questions),
      };
    }),
    questions: questionsLike(page.questions, english.questions),
  });
}

/** Every question, sections first (page order). */
export function allQuestions(page: FaqPage): FaqQuestion[] {
  return [...page.sections.flatMap((s) => s.questions), ...page.questions];
}

function dedupeIds(page: FaqPage): FaqPage {
  const seen = new Map<string, number>();
  const unique = (id: string): string => {
    const base = id || 'question';
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n === 0 ? base : `${base}-${n}`;
  };
  // Page order: a section's id, then its questions; then loose questions.
  const sections = page.sections.map((s) => {
    const id = unique(s.id);
    return {...s, id, questions: s.questions.map((q) => ({...q, id: unique(q.id)}))};
  });
  return {...page, sections, questions: page.questions.map((q) => ({...q, id: unique(q.id)}))};
}
