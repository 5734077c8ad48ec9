import { memo, useRef, type KeyboardEvent } from 'react';
import { TABS, type Tab } from '../../state/chrome';
import { useAppStore } from '../../state/appStore';
import { useT } from '../useT';
import './tabs.css';

export const tabId = (tab: Tab) => `tab-${tab}`;
export const panelId = (tab: Tab) => `panel-${tab}`;

/**
 * The map and the table as tabs, as on data sites (the ARIA tabs pattern: arrow keys, Home and
 * End move between them). The choice is page chrome, so it travels in the URL as `tab=table`.
 */
export const ViewTabs = memo(function ViewTabs() {
  const t = useT();
  const tab = useAppStore((s) => s.chrome.tab);
  const setChrome = useAppStore((s) => s.setChrome);
  const buttons = useRef(new Map<Tab, HTMLButtonElement>());

  const choose = (next: Tab) => {
    setChrome({ tab: next });
    buttons.current.get(next)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = TABS.indexOf(tab);
    const next =
      e.key === 'ArrowRight'
        ? TABS[(i + 1) % TABS.length]
        : e.key === 'ArrowLeft'
          ? TABS[(i - 1 + TABS.length) % TABS.length]
          : e.key === 'Home'
            ? TABS[0]
            : e.key === 'End'
              ? TABS[TABS.length - 1]
              : undefined;
    if (!next) return;
    e.preventDefault();
    choose(next);
  };

  return (
    <div className="view-tabs" role="tablist" aria-label={t('tabs.label')} onKeyDown={onKeyDown}>
      {TABS.map((name) => (
        <button
          key={name}
          ref={(node) => {
            if (node) buttons.current.set(name, node);
            else buttons.current.delete(name);
          }}
          type="button"
          role="tab"
          id={tabId(name)}
          aria-controls={panelId(name)}
          aria-selected={tab === name}
          tabIndex={tab === name ? 0 : -1}
          onClick={() => setChrome({ tab: name })}
          data-testid={`tab-${name}`}
        >
          {t(`tabs.${name}`)}
        </button>
      ))}
    </div>
  );
});
