#include "words.h"

namespace cutover::words {

const QStringList& firstNames()
{
    static const QStringList list { QStringLiteral("Anna"), QStringLiteral("Bruno"), QStringLiteral("Chloé"),
        QStringLiteral("Dmitri"), QStringLiteral("Émilie"), QStringLiteral("Felix"), QStringLiteral("Grete"),
        QStringLiteral("Hiroshi"), QStringLiteral("Inès"), QStringLiteral("Jürgen"), QStringLiteral("Katarzyna"),
        QStringLiteral("Lars"), QStringLiteral("María"), QStringLiteral("Noah"), QStringLiteral("Olivia"),
        QStringLiteral("Pietro"), QStringLiteral("Quentin"), QStringLiteral("Rosa"), QStringLiteral("Søren"),
        QStringLiteral("Thomas"), QStringLiteral("Uwe"), QStringLiteral("Valérie"), QStringLiteral("William"),
        QStringLiteral("Xavier"), QStringLiteral("Yasmin"), QStringLiteral("Zoë"), QStringLiteral("James"),
        QStringLiteral("Mary"), QStringLiteral("Robert"), QStringLiteral("Linda") };
    return list;
}

const QStringList& lastNames()
{
    static const QStringList list { QStringLiteral("Smith"), QStringLiteral("Müller"), QStringLiteral("Dubois"),
        QStringLiteral("García"), QStringLiteral("Rossi"), QStringLiteral("Nowak"), QStringLiteral("Johansson"),
        QStringLiteral("O'Brien"), QStringLiteral("Schäfer"), QStringLiteral("Lefèvre"), QStringLiteral("Jensen"),
        QStringLiteral("Kowalski"), QStringLiteral("Brown"), QStringLiteral("Fernández"), QStringLiteral("Weiß"),
        QStringLiteral("Martin"), QStringLiteral("Bernard"), QStringLiteral("Tanaka"), QStringLiteral("Jones"),
        QStringLiteral("Van der Berg"), QStringLiteral("Øvergaard"), QStringLiteral("Çelik"), QStringLiteral("Wilson"),
        QStringLiteral("Taylor") };
    return list;
}

const QStringList& cities()
{
    static const QStringList list { QStringLiteral("New York"), QStringLiteral("München"), QStringLiteral("Paris"),
        QStringLiteral("Köln"), QStringLiteral("Lyon"), QStringLiteral("Austin"), QStringLiteral("Zürich"),
        QStringLiteral("Genève"), QStringLiteral("London"), QStringLiteral("Málaga") };
    return list;
}

const QStringList& postcodes()
{
    static const QStringList list { QStringLiteral("10001"), QStringLiteral("80331"), QStringLiteral("75001"),
        QStringLiteral("50667"), QStringLiteral("69001"), QStringLiteral("73301"), QStringLiteral("8001"),
        QStringLiteral("1201"), QStringLiteral("SW1A 1AA"), QStringLiteral("29001") };
    return list;
}

const QStringList& countries()
{
    static const QStringList list { QStringLiteral("US"), QStringLiteral("DE"), QStringLiteral("FR"),
        QStringLiteral("DE"), QStringLiteral("FR"), QStringLiteral("US"), QStringLiteral("CH"), QStringLiteral("CH"),
        QStringLiteral("GB"), QStringLiteral("ES") };
    return list;
}

const QStringList& streets()
{
    static const QStringList list { QStringLiteral("Main Street"), QStringLiteral("Hauptstraße"),
        QStringLiteral("Rue de la Paix"), QStringLiteral("Königsallee"), QStringLiteral("Avenue des Champs-Élysées"),
        QStringLiteral("Elm Street"), QStringLiteral("Bahnhofstrasse"), QStringLiteral("Calle Larios"),
        QStringLiteral("Baker Street"), QStringLiteral("Place Bellecour") };
    return list;
}

const QStringList& adjectives()
{
    static const QStringList list { QStringLiteral("Classic"), QStringLiteral("Urban"), QStringLiteral("Vintage"),
        QStringLiteral("Élégant"), QStringLiteral("Rustic"), QStringLiteral("Modern"), QStringLiteral("Sporty"),
        QStringLiteral("Cozy"), QStringLiteral("Premium"), QStringLiteral("Lightweight"), QStringLiteral("Grüne"),
        QStringLiteral("Handmade"), QStringLiteral("Organic"), QStringLiteral("Compact") };
    return list;
}

const QStringList& nouns()
{
    static const QStringList list { QStringLiteral("Jacket"), QStringLiteral("T-Shirt"), QStringLiteral("Sneaker"),
        QStringLiteral("Backpack"), QStringLiteral("Lamp"), QStringLiteral("Chair"), QStringLiteral("Mug"),
        QStringLiteral("Café Table"), QStringLiteral("Notebook"), QStringLiteral("Headphones"), QStringLiteral("Watch"),
        QStringLiteral("Scarf"), QStringLiteral("Sofa"), QStringLiteral("Kettle"), QStringLiteral("Rucksack"),
        QStringLiteral("E-Book"), QStringLiteral("Poster"), QStringLiteral("Wallet") };
    return list;
}

const QStringList& colors()
{
    static const QStringList list { QStringLiteral("Black"), QStringLiteral("White"), QStringLiteral("Red"),
        QStringLiteral("Blue"), QStringLiteral("Green"), QStringLiteral("Beige") };
    return list;
}

const QStringList& sizes()
{
    static const QStringList list { QStringLiteral("XS"), QStringLiteral("S"), QStringLiteral("M"),
        QStringLiteral("L"), QStringLiteral("XL") };
    return list;
}

const QStringList& loremWords()
{
    static const QStringList list { QStringLiteral("lorem"), QStringLiteral("ipsum"), QStringLiteral("dolor"),
        QStringLiteral("sit"), QStringLiteral("amet"), QStringLiteral("consectetur"), QStringLiteral("adipiscing"),
        QStringLiteral("elit"), QStringLiteral("sed"), QStringLiteral("do"), QStringLiteral("eiusmod"),
        QStringLiteral("tempor"), QStringLiteral("incididunt"), QStringLiteral("ut"), QStringLiteral("labore"),
        QStringLiteral("et"), QStringLiteral("dolore"), QStringLiteral("magna"), QStringLiteral("aliqua"),
        QStringLiteral("qualité"), QStringLiteral("größe"), QStringLiteral("très"), QStringLiteral("schön") };
    return list;
}

QString sentence(Rng& rng, int words)
{
    QString text;
    for (int i = 0; i < words; ++i) {
        if (i > 0)
            text += QLatin1Char(' ');
        text += rng.pick(loremWords());
    }
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text + QLatin1Char('.');
}

QString paragraph(Rng& rng, int sentences)
{
    QStringList parts;
    for (int i = 0; i < sentences; ++i)
        parts << sentence(rng, int(rng.range(5, 12)));
    return parts.join(QLatin1Char(' '));
}

QString urlKey(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString key;
    bool hyphen = false;
    for (QChar c : decomposed) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            key += c;
            hyphen = false;
        } else if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        } else if (!hyphen && !key.isEmpty()) {
            key += QLatin1Char('-');
            hyphen = true;
        }
    }
    while (key.endsWith(QLatin1Char('-')))
        key.chop(1);
    return key;
}

} // namespace cutover::words
