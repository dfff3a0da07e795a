// Errors of the classifier's built-in data (app catalogue, token table).

/** A classifier data file failed its schema (a build defect, caught by a unit test). */
export class ClassifyDataError extends Error {
  override readonly name = 'ClassifyDataError';
}
