// Shown when no project is open: create a project, or reopen a recent one.
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { AppInfo } from '../../../../main/contract/model';
import { useNotifications } from '../../state/notifications';
import { MessageBar } from '../shell/MessageBar';
import { RecentProjects } from './RecentProjects';

interface StartScreenProps {
  info: AppInfo | null;
  busy: boolean;
  onCreate(name: string): void;
  onOpen(path: string): void;
}

export function StartScreen({ info, busy, onCreate, onOpen }: StartScreenProps) {
  const [name, setName] = useState('');
  const { showError } = useNotifications();

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      showError('Give the project a name.');
      return;
    }
    onCreate(trimmed);
  }

  return (
    <main className="start-screen">
      <MessageBar />
      <div className="start-inner">
        <header className="start-header">
          <div className="brand brand-large">
            <span className="brand-mark" aria-hidden="true" />
            Kinora
          </div>
          <p className="start-tagline">Type a scene. Get a short, physically simulated video with sound to match.</p>
        </header>
        <section className="start-card" aria-labelledby="new-project-title">
          <h2 id="new-project-title">New project</h2>
          <form className="start-form" onSubmit={submit}>
            <input
              type="text"
              className="text-input"
              placeholder="Project name"
              aria-label="Project name"
              maxLength={100}
              value={name}
              onChange={(event) => setName(event.target.value)}
              data-testid="project-name-input"
              autoFocus
            />
            <button type="submit" className="button button-primary" disabled={busy} data-testid="create-project-button">
              Create project
            </button>
          </form>
          {info ? <p className="start-hint">Projects are saved in {info.projectsDir}</p> : null}
        </section>
        <section className="start-card" aria-labelledby="recent-title">
          <h2 id="recent-title">Recent projects</h2>
          <RecentProjects projects={info?.recentProjects ?? null} busy={busy} onOpen={onOpen} />
        </section>
        {info ? <footer className="start-footer">Kinora {info.version}</footer> : null}
      </div>
    </main>
  );
}
