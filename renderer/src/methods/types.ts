import type { ComponentType } from 'react';
import type { MessageKey } from '../../../shared/i18n';
import type { ParticipantFormProps } from '../participant/types';

/** One view of a method's tab: a button in the bar and what it shows. */
export interface MethodView {
  /** In the address as `?view=`. */
  id: string;
  title: MessageKey;
  /** Reads and changes the session through useSession(). */
  Component: ComponentType;
  /** Shows what participants answered: hidden on the projector until the facilitator reveals it. */
  results?: boolean;
  /**
   * Shows individual answers (an entry grid, the words to edit): while the results are hidden
   * it shows the count only, until the facilitator opens it ("Toon invoer"); it closes again when
   * the facilitator leaves the view or hides the results.
   */
  showsAnswers?: boolean;
}

/**
 * The renderer's part of a method; the rest (title, participant count, reveal command, CSV
 * format) is the method's definition in shared/ (shared/methods.ts). The tab (MethodTab) and
 * the participant page (ParticipantShell) are built from both, the same for every method.
 */
export interface MethodScreens {
  /** The class of the tab's root, which scopes the method's CSS. */
  className: string;
  /** The tab's views, in the order of their buttons. */
  views: readonly MethodView[];
  /**
   * The view shown when the address names none; the first when absent. Culture and Kano list
   * their introduction first but open on the work, so a tab opened mid-workshop shows it.
   */
  defaultView?: string;
  /** The participant counter in the bar, with `{count}`. */
  counter: MessageKey;
  /** The reveal button's two texts, and what a results view shows while hidden (`{count}`). */
  reveal: { show: MessageKey; hide: MessageKey; hidden: MessageKey };
  /** The method's own part of the participant page (inside ParticipantShell). */
  Participant: ComponentType<ParticipantFormProps>;
}
