import type {FullResult, Reporter, TestCase, TestResult, TestStep} from '@playwright/test/reporter';

/**
 * Ends the run with lines CI can read: `N passed, N failed`, and for the
 * crawl (tests tagged @crawl, whose top-level steps are its checks)
 * `crawl: P pages x C checks = N checks run, F failed, S s`.
 */
export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped = 0;
  private crawl = {pages: new Set<string>(), checks: new Set<string>(), run: 0, failed: 0, ms: 0};
  /** The crawl plan's notes (kinds absent from the build, changed pages not added). */
  private notes = new Map<string, string>();

  onStepEnd(test: TestCase, _result: TestResult, step: TestStep): void {
    if (!test.tags.includes('@crawl') || step.category !== 'test.step' || step.parent) return;
    this.crawl.checks.add(step.title);
    this.crawl.run += 1;
    if (step.error) this.crawl.failed += 1;
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    for (const {type, description} of [...test.annotations, ...result.annotations]) {
      if (type.startsWith('crawl: ') && description) this.notes.set(type, description);
    }
    if (test.tags.includes('@crawl')) {
      this.crawl.pages.add(test.id);
      this.crawl.ms += result.duration;
    }
    // Count a test once, by its final outcome (retries included).
    if (result.retry < test.retries && result.status !== 'passed' && result.status !== 'skipped')
      return;
    if (result.status === 'passed') this.passed += 1;
    else if (result.status === 'skipped') this.skipped += 1;
    else this.failed += 1;
  }

  onEnd(result: FullResult): void {
    const skipped = this.skipped ? `, ${this.skipped} skipped` : '';
    const {pages, checks, run, failed, ms} = this.crawl;
    if (pages.size) {
      console.log(
        `\ncrawl: ${pages.size} pages x ${checks.size} checks = ${run} checks run, ${failed} failed, ` +
          `${(ms / 1000).toFixed(1)} s in tests (${(result.duration / 1000).toFixed(1)} s wall for the whole run)`,
      );
    }
    for (const [type, description] of this.notes) console.log(`${type}: ${description}`);
    console.log(`\ne2e: ${this.passed} passed, ${this.failed} failed${skipped}`);
  }
}
