export function withoutPanelClips(svg: string): string;
export function renderPng(svg: string, scale: number, font: object): Buffer;
