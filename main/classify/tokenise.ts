// Splits package names and labels into lower-case words for the token classifier:
// `com.baidu.BaiduMap` → com, baidu, baidumap, map; `com.qidian.QDReader` → qdreader, qd, reader;
// `smartinputv5` → smartinputv5, smartinputv; "WiFi万能钥匙" → wifi, wi, fi. Whole segments are kept
// too, so that words marked partial can be found inside them (mjweather ⊃ weather).

const SEGMENT_SPLIT = /[^A-Za-z0-9]+/;

/** camelCase, acronym and digit boundaries: "QDReader2Go" → QD, Reader, 2, Go. */
const CAMEL_PARTS = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g;

const wordsOfSegment = (segment: string): string[] => {
  const parts = segment.match(CAMEL_PARTS) ?? [];
  const words = [segment.toLowerCase()];
  if (parts.length > 1) {
    for (const part of parts) {
      if (!/^[0-9]+$/.test(part)) words.push(part.toLowerCase());
    }
    const letters = segment.replace(/[0-9]+/g, '').toLowerCase();
    if (letters !== '' && letters !== words[0]) words.push(letters);
  }
  return words;
};

/** Distinct lower-case words of a package name or a Latin label. */
export const tokenise = (text: string): readonly string[] => {
  const words = new Set<string>();
  for (const segment of text.split(SEGMENT_SPLIT)) {
    if (segment === '') continue;
    for (const word of wordsOfSegment(segment)) if (/[a-z]/.test(word)) words.add(word);
  }
  return [...words];
};
