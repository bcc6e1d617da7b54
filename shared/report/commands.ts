import { z } from 'zod';
import type { Session } from '../session';
import { MAX_CONCLUSIONS, reportSectionSchema } from './model';
import type { DeepReadonly } from '../readonly';

export const reportCommandSchemas = [
  z.object({
    type: z.literal('report.updateSettings'),
    sections: z.array(reportSectionSchema).optional(),
    language: z.enum(['nl', 'en']).nullable().optional(),
    conclusions: z.string().max(MAX_CONCLUSIONS).optional(),
  }),
] as const;

export type ReportCommand = DeepReadonly<z.infer<(typeof reportCommandSchemas)[number]>>;

export function applyReportCommand(session: Session, command: ReportCommand): Session {
  switch (command.type) {
    case 'report.updateSettings': {
      const { type: _type, ...changes } = command;
      const defined = Object.fromEntries(
        Object.entries(changes).filter(([, v]) => v !== undefined),
      );
      return { ...session, report: { ...session.report, ...defined } };
    }
  }
}
