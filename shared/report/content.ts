import { analyseCulture, type CultureAnalysis } from '../culture/analysis';
import type { Session } from '../session';
import { REPORT_SECTIONS, type ReportSection } from './model';

export interface MethodsWithData {
  /** At least one word left in a cloud after the facilitator's hiding. */
  culture: boolean;
  /** At least one questionnaire answer or consensus classification. */
  kano: boolean;
  /** At least one mark. */
  excellence: boolean;
}

/** `cloud`: the session's culture analysis, when the caller has it already. */
export function methodsWithData(
  session: Session,
  cloud: CultureAnalysis = analyseCulture(session.culture),
): MethodsWithData {
  return {
    culture: cloud.current.length + cloud.desired.length > 0,
    kano:
      Object.keys(session.kano.consensus).length > 0 ||
      session.kano.respondents.some((r) => Object.keys(r.answers).length > 0),
    excellence: session.excellence.participants.some((p) =>
      Object.values(p.scores).some((s) => s.now !== null || s.target !== null),
    ),
  };
}

/** Whether a section has something to show; a method without data never gets a (blank) page. */
function sectionHasData(session: Session, data: MethodsWithData, section: ReportSection): boolean {
  switch (section) {
    case 'cover':
      return true;
    case 'summary':
      return (
        data.culture || data.kano || data.excellence || session.report.conclusions.trim() !== ''
      );
    case 'culture':
      return data.culture;
    case 'kano':
      return data.kano;
    case 'excellence':
      return data.excellence;
    case 'actions':
      return session.excellence.actions.length > 0;
    case 'appendix':
      return data.culture || data.kano || data.excellence;
  }
}

/**
 * The sections to print, in report order: the ones asked for that have something to show.
 * `data`: methodsWithData(session), when the caller has it already.
 */
export function printedSections(
  session: Session,
  requested: readonly ReportSection[] = session.report.sections,
  data: MethodsWithData = methodsWithData(session),
): ReportSection[] {
  return REPORT_SECTIONS.filter((s) => requested.includes(s) && sectionHasData(session, data, s));
}
