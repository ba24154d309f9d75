import { Component, type ReactNode } from "react";
import { defaultStoryHref } from "../state/urlOptions";
import { Notices, type Notice } from "./Notices";

interface ErrorBoundaryState {
  /** What stopped the page from rendering. */
  error: unknown;
  /** Errors outside rendering (event handlers, promises nobody waited for), shown as notices. */
  incidents: Notice[];
}

/** A few notices say enough; a burst of the same failure must not bury the map. */
const MOST_INCIDENTS = 3;

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Catches what would otherwise leave a blank page: a render error replaces the app with a message,
 * a reload button and a link to the default story; errors and rejected promises that escape to
 * the window become notices over the app, which keeps running.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, incidents: [] };
  private nextIncident = 0;

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error ?? "an unknown error" };
  }

  override componentDidMount(): void {
    window.addEventListener("error", this.onError);
    window.addEventListener("unhandledrejection", this.onRejection);
  }

  override componentWillUnmount(): void {
    window.removeEventListener("error", this.onError);
    window.removeEventListener("unhandledrejection", this.onRejection);
  }

  private readonly onError = (event: ErrorEvent) => this.report(event.error ?? event.message);
  private readonly onRejection = (event: PromiseRejectionEvent) => this.report(event.reason);

  private report(reason: unknown): void {
    const text = `Something went wrong in the page (${describe(reason)}). The map may not work fully; reloading the page may help.`;
    const id = `incident-${this.nextIncident++}`;
    this.setState(({ incidents }) => (incidents.some((each) => each.text === text) ? null : { incidents: [...incidents, { id, text }].slice(-MOST_INCIDENTS) }));
  }

  private readonly dismiss = (id: string) => this.setState(({ incidents }) => ({ incidents: incidents.filter((each) => each.id !== id) }));

  override render(): ReactNode {
    const { error, incidents } = this.state;
    if (error !== null) {
      return (
        <main className="load-problem" role="alert">
          <h1>The map stopped working</h1>
          <p>Something in the app failed while drawing the page, so it cannot go on. The error was:</p>
          <p><code>{describe(error)}</code></p>
          <p className="load-problem__actions">
            <button type="button" className="load-problem__reload" onClick={() => window.location.reload()}>Reload the page</button>
            <a href={defaultStoryHref(window.location.href)}>Open the default story</a>
          </p>
        </main>
      );
    }
    return (
      <>
        {this.props.children}
        <div className="page-notices">
          <Notices notices={incidents} onDismiss={this.dismiss} />
        </div>
      </>
    );
  }
}
