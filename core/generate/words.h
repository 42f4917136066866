#pragma once

#include "rng.h"

#include <QString>
#include <QStringList>

namespace cutover::words {

/*
 * Word lists for generated text, with the non-ASCII letters that real stores in several countries carry.
 * Everything the generator writes that a person would read is built from these, through the caller's Rng, so
 * that a seed always gives the same text.
 */

const QStringList& firstNames();
const QStringList& lastNames();
const QStringList& cities();       ///< parallel to postcodes() and countries()
const QStringList& postcodes();
const QStringList& countries();    ///< ISO 3166 alpha-2 codes, parallel to cities()
const QStringList& streets();
const QStringList& adjectives();   ///< for product names
const QStringList& nouns();        ///< for product names
const QStringList& colors();
const QStringList& sizes();
const QStringList& loremWords();

/** A sentence of `words` lorem words, capitalised, with a full stop. */
QString sentence(Rng& rng, int words);
/** `sentences` sentences joined by spaces. */
QString paragraph(Rng& rng, int sentences);
/** A lower-case URL key from arbitrary text: ASCII letters and digits joined by hyphens. */
QString urlKey(const QString& text);

} // namespace cutover::words
