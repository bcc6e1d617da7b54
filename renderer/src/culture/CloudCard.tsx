import { useRef } from 'react';
import type { WordCount } from '../../../shared/culture/analysis';
import { useNotices } from '../components/Notices';
import { useT } from '../i18n';
import type { CloudLayout } from './cloudLayout';
import { downloadPng, downloadSvg, type CloudCaption } from './cloudExport';
import { CLOUD_FONT, cloudTitleColor, WordCloud, type CloudTheme } from './WordCloud';

interface CloudCardProps {
  title: string;
  theme: CloudTheme;
  /** All words, for the table. */
  words: readonly WordCount[];
  /** The cloud, laid out together with the other cloud of its pair (one scale). */
  layout: CloudLayout;
  ready: boolean;
  showTable: boolean;
  /** File name without extension for the downloads. */
  fileName: string;
  /** The line under the title in a downloaded picture, e.g. "MT-sessie · 12 deelnemers". */
  subtitle: string;
  onMerge?(fromKey: string, intoKey: string): void;
}

/** One cloud with its title, downloads and (optionally) the table of counts beside it. */
export function CloudCard(props: CloudCardProps) {
  const { title, theme, words, layout, ready, showTable, fileName, subtitle, onMerge } = props;
  const t = useT();
  const notices = useNotices();
  const svg = useRef<SVGSVGElement>(null);
  const download = (format: 'svg' | 'png') => {
    if (!svg.current) return;
    const caption: CloudCaption = { title, subtitle, color: cloudTitleColor(theme) };
    if (format === 'svg') downloadSvg(svg.current, fileName, caption, CLOUD_FONT);
    else {
      downloadPng(svg.current, fileName, caption, CLOUD_FONT).catch((error: unknown) =>
        notices.fail(error),
      );
    }
  };

  return (
    <section className={`card culture-cloud-card culture-${theme}`} data-testid={`cloud-${theme}`}>
      <div className="culture-card-head">
        <h2>{title}</h2>
        {words.length > 0 && (
          <div className="culture-downloads">
            {(['svg', 'png'] as const).map((format) => (
              <button
                key={format}
                type="button"
                aria-label={t('culture.download.label', {
                  name: title,
                  format: format.toUpperCase(),
                })}
                onClick={() => download(format)}
              >
                ⤓ {t(format === 'svg' ? 'culture.download.svg' : 'culture.download.png')}
              </button>
            ))}
          </div>
        )}
      </div>
      <div className={showTable ? 'culture-cloud-with-table' : undefined}>
        {words.length === 0 ? (
          <p className="empty">{t('culture.cloud.empty')}</p>
        ) : (
          <WordCloud
            ref={svg}
            layout={layout}
            ready={ready}
            theme={theme}
            label={title}
            t={t}
            onMerge={onMerge}
          />
        )}
        {showTable && words.length > 0 && (
          <div className="culture-word-table">
            <table>
              <thead>
                <tr>
                  <th>{t('culture.table.word')}</th>
                  <th className="num">{t('culture.table.count')}</th>
                </tr>
              </thead>
              <tbody>
                {words.map((w) => (
                  <tr key={w.key}>
                    <td className="culture-word">
                      {w.word}
                      {w.limiting && (
                        <span className="culture-limiting-mark" title={t('culture.words.limiting')}>
                          {' '}
                          ⚠
                        </span>
                      )}
                    </td>
                    <td className="num">{w.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </section>
  );
}
