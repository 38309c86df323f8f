import { Component, type ErrorInfo, type ReactNode } from 'react';

type State = { error: Error | null };

/** Last line of defence: a readable page with a way out instead of a blank screen. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    void error;
    void info;
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <main className="center-page">
        <div className="card stack">
          <h1 className="heading">Something went wrong</h1>
          <p className="muted">{this.state.error.message}</p>
          <button type="button" className="btn btn-primary btn-md" onClick={() => window.location.assign('/')}>
            Reload Huddle
          </button>
        </div>
      </main>
    );
  }
}
