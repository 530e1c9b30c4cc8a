// The notebook's own text, in each locale: written for this project. Each
// chart's text and table headers live in its folder; the page's introduction
// and closing text are Markdown files beside this one (see prose.ts).

import type { EmbedMode } from "../publish/embed.js";
import type { Translations } from "../render/locale/index.js";

export interface NotebookStrings {
  lang: string;
  title: string;
  otherLanguage: { label: string; href: string; hreflang: string };
  data: string;
  downloads: string;
  embed: string;
  copy: string;
  copied: string;
  /** Said when the page cannot reach the clipboard: the code is selected instead. */
  copyManually: string;
  /** The print PDF's line in the downloads. */
  print: string;
  modeLegend: string;
  modes: Record<EmbedMode, string>;
  /** Said beside the copy button when the snippets use paths relative to their folder. */
  relativePaths: (folder: string) => string;
  absolutePaths: (baseUrl: string) => string;
}

export const strings: Translations<NotebookStrings> = {
  fr: {
    lang: "fr",
    title: "La fin du «\u202fcalifat\u202f» de l'État islamique, 2015–2019",
    otherLanguage: { label: "English version", href: "index.en.html", hreflang: "en" },
    data: "Les données",
    downloads: "Télécharger",
    embed: "Code d'intégration",
    copy: "Copier le code",
    copied: "Copié",
    copyManually: "Code sélectionné\u00a0: copiez-le avec Ctrl+C (⌘C sur Mac).",
    print: "Impression (720 px, clair, vectoriel)",
    modeLegend: "Thème",
    modes: { auto: "automatique (celui du lecteur)", light: "toujours clair", dark: "toujours sombre" },
    relativePaths: (folder) =>
      `Les chemins de ce code sont relatifs au dossier ${folder} du paquet (celui du fichier d'intégration)\u00a0: publiez ce dossier tel quel et collez le code dans une page de ce dossier, ou reconstruisez avec --base-url URL pour des adresses absolues.`,
    absolutePaths: (baseUrl) => `Les adresses de ce code sont absolues, sous ${baseUrl}.`,
  },
  en: {
    lang: "en",
    title: "The end of the Islamic State's “caliphate”, 2015–2019",
    otherLanguage: { label: "Version française", href: "index.html", hreflang: "fr" },
    data: "The data",
    downloads: "Download",
    embed: "Embed code",
    copy: "Copy the code",
    copied: "Copied",
    copyManually: "Code selected: copy it with Ctrl+C (⌘C on a Mac).",
    print: "Print (720 px, light, vector)",
    modeLegend: "Theme",
    modes: { auto: "automatic (the reader's)", light: "always light", dark: "always dark" },
    relativePaths: (folder) =>
      `The paths in this code are relative to the package's ${folder} folder (where the embed file lives): publish that folder as it is and paste the code into a page in that folder, or rebuild with --base-url URL for absolute addresses.`,
    absolutePaths: (baseUrl) => `The addresses in this code are absolute, under ${baseUrl}.`,
  },
};
