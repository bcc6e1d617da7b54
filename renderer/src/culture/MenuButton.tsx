import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

/** The menu's entries: actions, and the one already true. */
const ITEM = '[role="menuitem"], [role="menuitemradio"]';

export interface MenuItem {
  /** Unique within the menu. */
  id: string;
  label: string;
  /** A heading shown above the first item of each group. */
  group?: string;
  /** The item that is already true (the word's present list): shown checked, does nothing. */
  current?: boolean;
  onSelect(): void;
}

interface MenuButtonProps {
  /** The button's accessible name. */
  label: string;
  /** What the button shows; the label when absent. */
  children?: ReactNode;
  className?: string;
  items: readonly MenuItem[];
}

/**
 * A button that opens a short list of actions: the keyboard way to do what dragging does.
 * Enter/Space opens it with the first item focused, arrows move, Enter picks, Escape closes
 * and gives the focus back to the button.
 */
export function MenuButton({ label, children, className, items }: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLElement>(ITEM)?.focus();
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  const onMenuKey = (event: KeyboardEvent) => {
    const entries = [...(menu.current?.querySelectorAll<HTMLElement>(ITEM) ?? [])];
    const index = entries.indexOf(document.activeElement as HTMLElement);
    const focus = (i: number) => entries[(i + entries.length) % entries.length]?.focus();
    if (event.key === 'ArrowDown') focus(index + 1);
    else if (event.key === 'ArrowUp') focus(index - 1);
    else if (event.key === 'Home') focus(0);
    else if (event.key === 'End') focus(entries.length - 1);
    else if (event.key === 'Escape') {
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab') {
      setOpen(false);
      return;
    } else return;
    event.preventDefault();
  };

  return (
    <span
      className={`menu-button ${className ?? ''}`}
      onBlur={(event) => {
        // Closes when the focus leaves the button and its menu (a click elsewhere, Tab).
        if (open && !event.currentTarget.contains(event.relatedTarget as Node | null)) {
          setOpen(false);
        }
      }}
    >
      <button
        ref={button}
        type="button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((was) => !was)}
      >
        {children ?? label}
      </button>
      {open && (
        <div ref={menu} id={menuId} role="menu" aria-label={label} onKeyDown={onMenuKey}>
          {items.map((item, index) => (
            <div key={item.id} role="none">
              {item.group && item.group !== items[index - 1]?.group && (
                <div className="menu-group" role="presentation">
                  {item.group}
                </div>
              )}
              <button
                type="button"
                role={item.current ? 'menuitemradio' : 'menuitem'}
                aria-checked={item.current ? true : undefined}
                tabIndex={-1}
                onClick={() => {
                  close(true);
                  if (!item.current) item.onSelect();
                }}
              >
                {item.label}
              </button>
            </div>
          ))}
        </div>
      )}
    </span>
  );
}
