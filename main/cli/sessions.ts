import { readFile, writeFile } from 'node:fs/promises';
import { AppError } from '../../shared/errors';
import { translate } from '../../shared/i18n';
import type { SessionListItem } from '../../shared/api';
import { MAX_SESSION_IMPORT_BYTES } from '../../shared/api';
import { assertFileSize, requireOne, tooLargeWithSizes } from './input';
import type { CliCommand } from './types';

function listLine(item: SessionListItem): string {
  if (item.status === 'damaged') return `${item.id}  DAMAGED  ${item.reason}`;
  const parts = [item.date, item.name, item.organisation, `${item.participants} participants`];
  return `${item.id}  ${parts.filter(Boolean).join('  ·  ')}`;
}

export const sessionCommands: CliCommand[] = [
  {
    path: ['sessions', 'list'],
    usage: 'sessions list [--json]',
    options: { json: { type: 'boolean' } },
    async run(ctx, _positionals, values) {
      const items = await (await ctx.store()).list();
      if (values.json) {
        ctx.print(JSON.stringify(items, null, 2));
        return;
      }
      if (items.length === 0) ctx.print('No sessions yet.');
      for (const item of items) ctx.print(listLine(item));
    },
  },
  {
    path: ['sessions', 'create'],
    usage:
      'sessions create --name NAME [--organisation ORG] [--date YYYY-MM-DD] [--facilitator NAME] [--lang nl|en]',
    options: {
      name: { type: 'string' },
      organisation: { type: 'string' },
      date: { type: 'string' },
      facilitator: { type: 'string' },
      lang: { type: 'string' },
    },
    async run(ctx, _positionals, values) {
      if (typeof values.name !== 'string') throw new AppError('invalidInput', 'Give --name.');
      if (values.lang !== undefined && values.lang !== 'nl' && values.lang !== 'en') {
        throw new AppError('invalidInput', '--lang must be nl or en.');
      }
      const summary = await (
        await ctx.store()
      ).create({
        name: values.name,
        organisation: values.organisation as string | undefined,
        date: values.date as string | undefined,
        facilitator: values.facilitator as string | undefined,
        language: values.lang as 'nl' | 'en' | undefined,
      });
      ctx.print(`Created "${summary.name}".`);
      ctx.print(summary.id);
    },
  },
  {
    path: ['sessions', 'export'],
    usage: 'sessions export ID --out FILE',
    options: { out: { type: 'string' } },
    async run(ctx, positionals, values) {
      const id = requireOne(positionals, 'session id');
      if (typeof values.out !== 'string') throw new AppError('invalidInput', 'Give --out FILE.');
      const { json } = await (await ctx.store()).exportSession(id);
      await writeFile(values.out, json, 'utf8');
      ctx.print(`Exported to ${values.out}`);
    },
  },
  {
    path: ['sessions', 'import'],
    usage: 'sessions import FILE',
    options: {},
    async run(ctx, positionals) {
      const file = requireOne(positionals, 'file to import');
      await assertFileSize(file, MAX_SESSION_IMPORT_BYTES, tooLargeWithSizes);
      const { summary, renamedId, repairs } = await (
        await ctx.store()
      ).importSession(await readFile(file, 'utf8'));
      ctx.print(
        renamedId
          ? `Imported "${summary.name}" as a new session (its id was already in use).`
          : `Imported "${summary.name}".`,
      );
      for (const { kind, count } of repairs) {
        ctx.print(translate('en', `import.repaired.${kind}`, { count }));
      }
      ctx.print(summary.id);
    },
  },
];
