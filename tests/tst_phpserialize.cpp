#include "mapping/phpserialize.h"

#include <QTest>

#include <cmath>

using namespace cutover;

namespace {

// Test data writes PHP's NUL bytes (in private/protected property names) as '#'.
QByteArray bytes(const char* text)
{
    QByteArray data(text);
    data.replace('#', '\0');
    return data;
}

QByteArray nested(int depth)
{
    QByteArray data;
    for (int i = 0; i < depth; ++i)
        data += "a:1:{i:0;";
    data += "N;";
    data += QByteArray(depth, '}');
    return data;
}

// Each level is an array holding the previous level twice by reference: 2^levels values once expanded.
QByteArray referenceBomb(int levels)
{
    QByteArray data = "a:" + QByteArray::number(levels + 1) + ":{i:0;a:2:{i:0;N;i:1;N;}";
    for (int j = 1; j <= levels; ++j) {
        const int previous = j == 1 ? 2 : 4 + j - 1;
        data += "i:" + QByteArray::number(j) + ";a:2:{i:0;R:" + QByteArray::number(previous)
            + ";i:1;R:" + QByteArray::number(previous) + ";}";
    }
    data += "}";
    return data;
}

} // namespace

class TestPhpSerialize : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void toJson_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("json");
        QTest::addRow("list") << bytes("a:2:{i:0;s:1:\"a\";i:1;s:1:\"b\";}") << QByteArray("[\"a\",\"b\"]");
        QTest::addRow("keys not from 0 make an object")
            << bytes("a:2:{i:1;s:1:\"a\";i:2;s:1:\"b\";}") << QByteArray("{\"1\":\"a\",\"2\":\"b\"}");
        QTest::addRow("keys out of order make an object")
            << bytes("a:2:{i:1;i:1;i:0;i:0;}") << QByteArray("{\"1\":1,\"0\":0}");
        QTest::addRow("empty array is a list") << bytes("a:0:{}") << QByteArray("[]");
        QTest::addRow("numeric string key is an int key")
            << bytes("a:1:{s:1:\"0\";s:1:\"x\";}") << QByteArray("[\"x\"]");
        QTest::addRow("leading zero key stays a string") << bytes("a:1:{s:2:\"01\";i:1;}") << QByteArray("{\"01\":1}");
        QTest::addRow("nested, slashes escaped")
            << bytes("a:2:{s:4:\"info\";a:2:{s:3:\"qty\";i:2;s:7:\"options\";a:0:{}}s:3:\"url\";s:19:\"http://x.test/a/"
                     "b.c\";}")
            << QByteArray("{\"info\":{\"qty\":2,\"options\":[]},\"url\":\"http:\\/\\/x.test\\/a\\/b.c\"}");
        QTest::addRow("two-byte UTF-8, length in bytes")
            << QByteArray("s:5:\"K\xc3\xa4se\";") << QByteArray("\"K\\u00e4se\"");
        QTest::addRow("three-byte UTF-8") << QByteArray("s:3:\"\xe2\x82\xac\";") << QByteArray("\"\\u20ac\"");
        QTest::addRow("four-byte UTF-8 as a surrogate pair")
            << QByteArray("s:4:\"\xf0\x9f\x98\x80\";") << QByteArray("\"\\ud83d\\ude00\"");
        QTest::addRow("escaped string S:") << bytes("S:3:\"\\61bc\";") << QByteArray("\"abc\"");
        QTest::addRow("quotes, backslash, controls")
            << QByteArray("s:9:\"a\"b\\c\t\n\x01\x7f\";") << QByteArray("\"a\\\"b\\\\c\\t\\n\\u0001\x7f\"");
        QTest::addRow("html is not escaped") << bytes("s:7:\"<b>&'</\";") << QByteArray("\"<b>&'<\\/\"");
        QTest::addRow("numeric string stays a string") << bytes("s:3:\"1.5\";") << QByteArray("\"1.5\"");
        QTest::addRow("scalars") << bytes("a:4:{i:0;b:1;i:1;b:0;i:2;N;i:3;i:-42;}")
                                 << QByteArray("[true,false,null,-42]");
        QTest::addRow("float") << bytes("d:0.1;") << QByteArray("0.1");
        QTest::addRow("float without fraction") << bytes("d:10;") << QByteArray("10");
        QTest::addRow("float with exponent") << bytes("d:1.5E+25;") << QByteArray("1.5e+25");
        QTest::addRow("small float") << bytes("d:0.00001;") << QByteArray("1.0e-5");
        QTest::addRow("float written with a dot only") << bytes("d:.5;") << QByteArray("0.5");
        QTest::addRow("stdClass") << bytes("O:8:\"stdClass\":1:{s:1:\"a\";i:1;}") << QByteArray("{\"a\":1}");
        QTest::addRow("stdClass int property")
            << bytes("O:8:\"stdClass\":1:{i:0;s:1:\"x\";}") << QByteArray("{\"0\":\"x\"}");
        QTest::addRow("Magento 1 class is incomplete, protected left out")
            << bytes("O:13:\"Varien_Object\":2:{s:8:\"#*#_data\";a:0:{}s:4:\"name\";s:1:\"n\";}")
            << QByteArray("{\"__PHP_Incomplete_Class_Name\":\"Varien_Object\",\"name\":\"n\"}");
        QTest::addRow("private property left out")
            << bytes("O:1:\"A\":1:{s:4:\"#A#p\";i:1;}") << QByteArray("{\"__PHP_Incomplete_Class_Name\":\"A\"}");
        QTest::addRow("value reference") << bytes("a:2:{i:0;a:1:{i:0;i:5;}i:1;R:2;}") << QByteArray("[[5],[5]]");
        QTest::addRow("object reference") << bytes("a:2:{i:0;O:8:\"stdClass\":0:{}i:1;r:2;}") << QByteArray("[{},{}]");
        QTest::addRow("reference to a scalar") << bytes("a:2:{i:0;s:1:\"x\";i:1;R:2;}") << QByteArray("[\"x\",\"x\"]");
        QTest::addRow("repeated key keeps its place")
            << bytes("a:2:{i:0;s:1:\"a\";i:0;s:1:\"b\";}") << QByteArray("[\"b\"]");
        QTest::addRow("info_buyRequest") << bytes(
            "a:4:{s:4:\"uenc\";s:8:\"aHR0cA,,\";s:7:\"product\";s:3:\"337\";s:3:\"qty\";d:2;s:15:\"related_product\";s:"
            "0:\"\";}") << QByteArray("{\"uenc\":\"aHR0cA,,\",\"product\":\"337\",\"qty\":2,\"related_product\":\"\"}");
    }
    void toJson()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, json);
        const auto parsed = PhpSerialize::unserialize(input);
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        const auto encoded = PhpSerialize::toJson(parsed.value);
        QVERIFY2(encoded.ok, qPrintable(encoded.error));
        QCOMPARE(encoded.json, json);
    }

    void jsonFailsAsPhp_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("fragment");
        QTest::addRow("INF") << bytes("d:INF;") << QStringLiteral("INF");
        QTest::addRow("NAN in an array") << bytes("a:1:{i:0;d:NAN;}") << QStringLiteral("NAN");
        QTest::addRow("invalid UTF-8") << QByteArray("s:1:\"\xff\";") << QStringLiteral("UTF-8");
        QTest::addRow("overlong UTF-8") << QByteArray("s:2:\"\xc0\xaf\";") << QStringLiteral("UTF-8");
        QTest::addRow("UTF-8 surrogate") << QByteArray("s:3:\"\xed\xa0\x80\";") << QStringLiteral("UTF-8");
        QTest::addRow("truncated UTF-8") << QByteArray("s:2:\"\xe2\x82\";") << QStringLiteral("UTF-8");
        QTest::addRow("deeper than 512") << nested(513) << QStringLiteral("512");
    }
    void jsonFailsAsPhp()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, fragment);
        const auto parsed = PhpSerialize::unserialize(input);
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        const auto encoded = PhpSerialize::toJson(parsed.value);
        QVERIFY(!encoded.ok);
        QVERIFY2(encoded.error.contains(fragment), qPrintable(encoded.error));
    }

    void depth512IsAllowed()
    {
        const auto parsed = PhpSerialize::unserialize(nested(512));
        QVERIFY(parsed.ok);
        QVERIFY(PhpSerialize::toJson(parsed.value).ok);
    }

    void brokenInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("fragment");
        QTest::addRow("empty") << QByteArray() << 0 << QStringLiteral("ends");
        QTest::addRow("length too long") << bytes("s:5:\"abc\";") << 10 << QStringLiteral("declared length");
        QTest::addRow("length too short") << bytes("s:2:\"abc\";") << 7 << QStringLiteral("declared length");
        QTest::addRow("length counted in characters, not bytes")
            << QByteArray("s:4:\"K\xc3\xa4se\";") << 9 << QStringLiteral("declared length");
        QTest::addRow("length past the end") << bytes("s:50:\"abc\";") << 6 << QStringLiteral("50 bytes");
        QTest::addRow("truncated array") << bytes("a:1:{i:0;i:1;") << 13 << QStringLiteral("'}'");
        QTest::addRow("truncated before a key")
            << bytes("a:2:{i:0;s:10:\"abcdefghij\";") << 27 << QStringLiteral("key");
        QTest::addRow("count larger than the bytes allow")
            << bytes("a:2:{i:0;i:1;") << 4 << QStringLiteral("2 elements");
        QTest::addRow("truncated in a value") << bytes("a:1:{i:0;s:3:\"ab") << 14 << QStringLiteral("3 bytes");
        QTest::addRow("missing semicolon") << bytes("i:5") << 3 << QStringLiteral("';'");
        QTest::addRow("trailing garbage") << bytes("i:1;xyz") << 4 << QStringLiteral("after the end");
        QTest::addRow("huge length") << bytes("s:999999999999:\"a\";") << 16 << QStringLiteral("999999999999 bytes");
        QTest::addRow("huge count") << bytes("a:99999999:{}") << 11 << QStringLiteral("99999999 elements");
        QTest::addRow("huge property count")
            << bytes("O:8:\"stdClass\":2000000000:{}") << 26 << QStringLiteral("elements");
        QTest::addRow("length beyond 64 bits")
            << bytes("s:99999999999999999999999:\"a\";") << 2 << QStringLiteral("out of range");
        QTest::addRow("int beyond 64 bits") << bytes("i:99999999999999999999;") << 2 << QStringLiteral("64-bit");
        QTest::addRow("negative length") << bytes("s:-1:\"\";") << 2 << QStringLiteral("string length");
        QTest::addRow("unknown type") << bytes("x:1;") << 0 << QStringLiteral("value type");
        QTest::addRow("bad bool") << bytes("b:2;") << 2 << QStringLiteral("0 or 1");
        QTest::addRow("bad float") << bytes("d:abc;") << 2 << QStringLiteral("number");
        QTest::addRow("array key of a bad type") << bytes("a:1:{d:1.5;i:1;}") << 5 << QStringLiteral("key");
        QTest::addRow("reference out of range") << bytes("a:1:{i:0;R:5;}") << 9 << QStringLiteral("no earlier value");
        QTest::addRow("reference zero") << bytes("a:1:{i:0;r:0;}") << 9 << QStringLiteral("no earlier value");
        QTest::addRow("recursive reference") << bytes("a:1:{i:0;R:1;}") << 9 << QStringLiteral("recursive");
        QTest::addRow("object reference to a non-object")
            << bytes("a:2:{i:0;i:1;i:1;r:2;}") << 17 << QStringLiteral("not an object");
        QTest::addRow("enum") << bytes("E:7:\"Foo:Bar\";") << 0 << QStringLiteral("enum");
        QTest::addRow("bad class name") << bytes("O:3:\"a-b\":0:{}") << 5 << QStringLiteral("invalid character");
        QTest::addRow("bad escape in S:") << bytes("S:1:\"\\zz\";") << 6 << QStringLiteral("hexadecimal");
        QTest::addRow("missing closing brace") << bytes("a:1:{i:0;N;") << 11 << QStringLiteral("'}'");
        QTest::addRow("custom data too long")
            << bytes("C:11:\"ArrayObject\":99:{x}") << 23 << QStringLiteral("99 bytes");
        QTest::addRow("depth bomb") << nested(5000) << 4097 * 9 << QStringLiteral("4096 levels");
        QTest::addRow("reference bomb") << referenceBomb(40) << -1 << QStringLiteral("more than 1000000");
    }
    void brokenInput()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, offset);
        QFETCH(QString, fragment);
        const auto result = PhpSerialize::unserialize(input);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(fragment), qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("at byte %1").arg(result.errorOffset)), qPrintable(result.error));
        if (offset >= 0)
            QCOMPARE(result.errorOffset, qsizetype(offset));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addRow("scalars") << bytes("a:5:{i:0;N;i:1;b:1;i:2;i:-7;i:3;d:0.1;i:4;s:5:\"K\xc3\xa4se\";}");
        QTest::addRow("string keys and nesting") << bytes("a:2:{s:1:\"a\";a:1:{s:1:\"b\";a:0:{}}s:1:\"c\";d:1.5E+25;}");
        QTest::addRow("object with protected property")
            << bytes("O:13:\"Varien_Object\":1:{s:8:\"#*#_data\";a:1:{s:2:\"id\";i:3;}}");
        QTest::addRow("custom object") << bytes("C:11:\"ArrayObject\":5:{x:i:0}");
        QTest::addRow("infinities") << bytes("a:3:{i:0;d:INF;i:1;d:-INF;i:2;d:NAN;}");
        QTest::addRow("rule conditions") << bytes(
            "a:6:{s:4:\"type\";s:32:\"salesrule/"
            "rule_condition_combine\";s:9:\"attribute\";N;s:8:\"operator\";N;s:5:\"value\";s:1:\"1\";s:18:\"is_value_"
            "processed\";N;s:10:\"aggregator\";s:3:\"all\";}");
    }
    void roundTrip()
    {
        QFETCH(QByteArray, input);
        const auto parsed = PhpSerialize::unserialize(input);
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        QCOMPARE(PhpSerialize::serialize(parsed.value), input);
        QCOMPARE(PhpSerialize::unserialize(PhpSerialize::serialize(parsed.value)).value, parsed.value);
    }

    void formatDouble_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("json");
        QTest::addRow("0.1") << 0.1 << QByteArray("0.1");
        QTest::addRow("0.1+0.2") << (0.1 + 0.2) << QByteArray("0.30000000000000004");
        QTest::addRow("1") << 1.0 << QByteArray("1");
        QTest::addRow("-1.5") << -1.5 << QByteArray("-1.5");
        QTest::addRow("0") << 0.0 << QByteArray("0");
        QTest::addRow("price") << 19.99 << QByteArray("19.99");
        QTest::addRow("1e15 fixed") << 1e15 << QByteArray("1000000000000000");
        QTest::addRow("1e17 exponential") << 1e17 << QByteArray("1.0e+17");
        QTest::addRow("0.0001 fixed") << 0.0001 << QByteArray("0.0001");
        QTest::addRow("0.00001 exponential") << 0.00001 << QByteArray("1.0e-5");
        QTest::addRow("1.25e-10") << 1.25e-10 << QByteArray("1.25e-10");
        QTest::addRow("large") << 1.7976931348623157e308 << QByteArray("1.7976931348623157e+308");
    }
    void formatDouble()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, json);
        QCOMPARE(PhpSerialize::formatDouble(value, 'e'), json);
        QCOMPARE(PhpSerialize::formatDouble(value, 'E'), QByteArray(json).replace('e', 'E'));
    }

    void largeInputIsFast()
    {
        // 100 000 entries: the repeated-key index must keep this linear.
        QByteArray data = "a:100000:{";
        for (int i = 0; i < 100000; ++i)
            data += "i:" + QByteArray::number(i) + ";s:3:\"abc\";";
        data += "}";
        QElapsedTimer timer;
        timer.start();
        const auto parsed = PhpSerialize::unserialize(data);
        QVERIFY(parsed.ok);
        QCOMPARE(parsed.value.entries().size(), std::size_t(100000));
        QVERIFY(PhpSerialize::toJson(parsed.value).json.startsWith("[\"abc\",\"abc\""));
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestPhpSerialize)
#include "tst_phpserialize.moc"
