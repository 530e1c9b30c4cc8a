// The script the preview adds to every page it serves. On a server-sent
// "reload <chart ids>" it remembers the scroll position and the charts that
// changed, then reloads; after the reload it scrolls back to where the
// designer was and outlines the changed charts for a moment, so the eye
// finds them. An error banner is kept in view. Written without `<` or `&`:
// the pages are XHTML-compatible.

const defaults = {
  key: "last-pocket-preview",
  /** How long a changed chart stays marked. */
  markMs: 1600,
  colour: "#f5a300",
};

const SCRIPT = `(() => {
  const key = ${JSON.stringify(defaults.key)};
  const saved = JSON.parse(sessionStorage.getItem(key) ?? "null");
  sessionStorage.removeItem(key);
  // The error banner stays in view wherever the designer scrolled to.
  const banner = document.querySelector("body > [role=alert]");
  if (banner) Object.assign(banner.style, { position: "sticky", top: "0", zIndex: "1", margin: "0" });
  const bannerHeight = () => banner?.getBoundingClientRect().height ?? 0;
  if (saved) {
    history.scrollRestoration = "manual";
    // A banner that came or went moved the page by its height: the same content stays in view.
    const restore = () => window.scrollTo(0, saved.y + bannerHeight() - (saved.banner ?? 0));
    restore();
    addEventListener("load", restore, { once: true });
    const style = document.createElement("style");
    style.textContent = "@keyframes last-pocket-changed { 0%, 50% { outline-color: ${defaults.colour}; } 100% { outline-color: transparent; } }"
      + " [data-preview-changed] { outline: 4px solid transparent; outline-offset: 6px; animation: last-pocket-changed ${defaults.markMs}ms ease-in forwards; }"
      + " @media (prefers-reduced-motion: reduce) { [data-preview-changed] { animation: none; outline-color: ${defaults.colour}; } }";
    document.head.append(style);
    for (const id of saved.charts) {
      const figure = document.getElementById(id + "-heading")?.closest("section")?.querySelector("figure");
      if (!figure) continue;
      figure.setAttribute("data-preview-changed", "");
      setTimeout(() => figure.removeAttribute("data-preview-changed"), ${defaults.markMs});
    }
  }
  const reload = (charts, checked = false) => {
    sessionStorage.setItem(key, JSON.stringify({ y: window.scrollY, banner: bannerHeight(), charts, checked }));
    location.reload();
  };
  const events = new EventSource("/__events");
  events.onmessage = (event) => {
    const [kind, ...charts] = String(event.data).split(" ");
    if (kind === "reload") reload(charts);
  };
  // A page served while a build ran may show an error that build then cleared (or miss one it found), and its
  // last reload message may have come while this page was loading: once listening, compare with the server.
  // A page that this check itself reloaded does not check again, so a difference it cannot fix never loops.
  const text = (value) => (value === null || value === undefined ? null : String(value).replace(/\\r\\n?/g, "\\n").trim());
  events.onopen = () => {
    if (saved?.checked) return;
    fetch("/__state", { cache: "no-store" })
      .then((response) => response.json())
      .then((state) => {
        if (text(banner ? banner.textContent : null) !== text(state.error)) reload([], true);
      })
      .catch(() => {});
  };
})();`;

export const RELOAD_SCRIPT = `<script>${SCRIPT}</script>`;
