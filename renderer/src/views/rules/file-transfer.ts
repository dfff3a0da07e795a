// Saving an exported file through a download link, and reading a chosen file as text.
import type { ExportedReport } from '../../../../preload/contract';

export const downloadExport = (file: ExportedReport): void => {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

export const readFileText = (file: File): Promise<string> => file.text();
