#include "error.h"
#include "generate/storegenerator.h"
#include "media/mediacopier.h"
#include "media/mediareferences.h"
#include "media/mediarules.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace cutover;
using namespace cutover::test;

namespace {

const QString nonAsciiFile = QStringLiteral("wysiwyg/Été promo 2015/bannière d'été №1.png");
const QString orphanFile = QStringLiteral("catalog/product/z/z/zz-orphan.png");

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Relative path -> content of every regular file under `root`.
QMap<QString, QByteArray> tree(const QString& root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!QFileInfo(path).isSymLink())
            files.insert(QDir(root).relativeFilePath(path), readFile(path));
    }
    return files;
}

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QString::fromLocal8Bit(process.readAllStandardError()).trimmed()
            + QStringLiteral(" (exit %1)").arg(process.exitCode());
    return {};
}

// A tmpfs mounted for one test, unmounted when it ends.
struct TmpfsMount
{
    QString path;
    QString error;
    TmpfsMount(const QString& folder, const QString& options)
        : path(folder)
    {
        QDir().mkpath(folder);
        error = run(QStringLiteral("mount"),
            { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), options, QStringLiteral("tmpfs"),
                folder });
        if (!error.isEmpty())
            path.clear();
    }
    ~TmpfsMount()
    {
        if (!path.isEmpty())
            run(QStringLiteral("umount"), { path });
    }
};

} // namespace

// The media copier on the media folder of a generated Magento 1 store, with the mess of real ones added.
class TestMedia : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;
    QString m_pristine; ///< the generated store's media, never changed by a test
    ConnectionProfile m_store;
    qint64 m_missingGallery = 0;
    int m_case = 0;

    QString folder(const QString& name) { return m_work.path() + QStringLiteral("/%1-%2").arg(++m_case).arg(name); }

    // A fresh copy of the generated media with things a real Magento 1 folder holds.
    QString source()
    {
        const QString dir = folder(QStringLiteral("m1media"));
        const QString failure = run(QStringLiteral("cp"), { QStringLiteral("-a"), m_pristine, dir });
        if (!failure.isEmpty())
            qFatal("cp -a failed: %s", qPrintable(failure));
        return dir;
    }

    MediaCopyOptions options(const QString& from, const QString& to)
    {
        MediaCopyOptions o;
        o.sourceDir = from;
        o.destinationDir = to;
        o.manifestPath = to + QStringLiteral(".manifest");
        return o;
    }

    // Everything a copy must bring over: the tree minus what the rules leave behind.
    static QMap<QString, QByteArray> expected(const QString& from)
    {
        QMap<QString, QByteArray> files = tree(from);
        files.removeIf([](const QMap<QString, QByteArray>::iterator& it) {
            const QString& rel = it.key();
            return rel.startsWith(QLatin1String("catalog/product/cache/")) || rel.startsWith(QLatin1String("tmp/"))
                || rel.startsWith(QLatin1String("css/")) || rel.startsWith(QLatin1String("wysiwyg/.thumbs/"))
                || rel.endsWith(QLatin1String(".htaccess")) || rel.endsWith(QLatin1String(".DS_Store"))
                || rel.endsWith(QLatin1String("Thumbs.db"));
        });
        return files;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        // Other users (the CLI test runs a copy as nobody) must reach the folders.
        QFile::setPermissions(m_work.path(), QFile::Permissions(0x7755));
        m_pristine = m_work.path() + QStringLiteral("/generated");
        m_store = TestServer::instance().magento1(QStringLiteral("media_store"));
        GeneratorOptions generator;
        generator.products = 80;
        generator.customers = 0;
        generator.orders = 0;
        generator.mediaDir = m_pristine;
        const GeneratorReport report = StoreGenerator::run(m_store, {}, generator);
        QVERIFY(report.mediaFiles > 80);
        m_missingGallery = report.mess.value(QStringLiteral("gallery images missing on disk"));
        QVERIFY(m_missingGallery > 0);

        // What real Magento 1 folders hold besides the catalog's files.
        const auto add = [&](const QString& rel, const QByteArray& bytes) {
            writeFile(m_pristine + QLatin1Char('/') + rel, bytes);
        };
        add(QStringLiteral("catalog/product/cache/1/image/265x/9df78eab33525d08d6e5fb8d27136e95/c/a/x.png"), "cached");
        add(QStringLiteral(".htaccess"), "Options All -Indexes");
        add(QStringLiteral("downloadable/.htaccess"), "Order deny,allow\nDeny from all");
        add(QStringLiteral("wysiwyg/.DS_Store"), "mac");
        add(QStringLiteral("wysiwyg/.thumbs/wysiwyg/banner-1.jpg"), "thumb");
        add(QStringLiteral("tmp/catalog/product/upload.png"), "scratch");
        add(QStringLiteral("css/6a1f.css"), "body{}");
        add(QStringLiteral("customer/a/b/abc-file.pdf"), "%PDF-1.4 customer upload");
        add(QStringLiteral("import/staging image.jpg"), "import");
        add(nonAsciiFile, "non-ascii");
        add(orphanFile, "nobody names me");
        // Bigger files so that a small disk fills in the middle of the copy.
        for (int i = 0; i < 12; ++i) {
            QByteArray big(200 * 1024, Qt::Uninitialized);
            for (qsizetype b = 0; b < big.size(); ++b)
                big[b] = char((b * 7 + i * 13) ^ (b >> 8));
            add(QStringLiteral("catalog/product/b/i/big-%1.png").arg(i), big);
        }
        // A folder link back to an ancestor: a naive walk never ends.
        QVERIFY(QFile::link(QStringLiteral("../.."), m_pristine + QStringLiteral("/wysiwyg/cms/loop")));
    }

    void copiesLayoutSkipsRegeneratedAndVerifies()
    {
        const QString from = source();
        const QString to = folder(QStringLiteral("pub-media"));
        MediaCopier copier(options(from, to));
        QList<MediaCopyProgress> seen;
        const MediaCopyReport report = copier.run([&](const MediaCopyProgress& p) { seen << p; });
        QCOMPARE(report.error, QString());
        QCOMPARE(report.status, MediaCopyReport::Succeeded);

        const QMap<QString, QByteArray> want = expected(from);
        QCOMPARE(tree(to), want); // same layout and bytes; nothing skipped by rule arrived
        QCOMPARE(report.copied.size(), want.size());
        QCOMPARE(report.verified, want.size());
        QVERIFY(report.failed.isEmpty());
        QVERIFY(report.copied.contains(nonAsciiFile));
        QVERIFY(QFile::exists(to + QLatin1Char('/') + nonAsciiFile));
        QVERIFY(QFile::exists(to + QStringLiteral("/catalog/category")));
        QVERIFY(QFile::exists(to + QStringLiteral("/downloadable/files/links")));
        QVERIFY(QFile::exists(to + QStringLiteral("/customer/a/b/abc-file.pdf")));
        // Modification times are kept, so that Magento 2 and the next run see the files as they were.
        for (const QString& rel : { QStringLiteral("import/staging image.jpg"), nonAsciiFile })
            QCOMPARE(QFileInfo(to + QLatin1Char('/') + rel).lastModified(),
                QFileInfo(from + QLatin1Char('/') + rel).lastModified());

        QStringList excludedPaths;
        for (const MediaFileNote& n : report.excluded)
            excludedPaths << n.path;
        for (const QString& path : { QStringLiteral("catalog/product/cache/"), QStringLiteral(".htaccess"),
                 QStringLiteral("downloadable/.htaccess"), QStringLiteral("wysiwyg/.DS_Store"), QStringLiteral("tmp/"),
                 QStringLiteral("css/"), QStringLiteral("wysiwyg/.thumbs/"), QStringLiteral("wysiwyg/cms/loop/") })
            QVERIFY2(excludedPaths.contains(path),
                qPrintable(path + QStringLiteral(" not in ") + excludedPaths.join(QLatin1Char(','))));
        const auto loop = std::find_if(report.excluded.cbegin(), report.excluded.cend(),
            [](const MediaFileNote& n) { return n.path == QLatin1String("wysiwyg/cms/loop/"); });
        QVERIFY(loop->reason.contains(QLatin1String("loop")));

        // The record of the copy lives outside the public folder.
        QVERIFY(QFile::exists(to + QStringLiteral(".manifest")));
        QVERIFY(!readFile(to + QStringLiteral(".manifest")).isEmpty());

        QVERIFY(seen.size() >= 2);
        const MediaCopyProgress& last = seen.last();
        QCOMPARE(last.filesDone, last.filesTotal);
        QCOMPARE(last.filesTotal, want.size());
        QCOMPARE(last.bytesDone, last.bytesTotal);
        QVERIFY(last.bytesPerSecond > 0);
        QCOMPARE(last.etaSeconds, 0);
        qint64 bytes = 0;
        for (const QByteArray& content : want)
            bytes += content.size();
        QCOMPARE(last.bytesTotal, bytes);
        QCOMPARE(report.bytesCopied, bytes);
    }

    void rerunCopiesOnlyNewAndChanged()
    {
        const QString from = source();
        const QString to = folder(QStringLiteral("pub-media"));
        QCOMPARE(MediaCopier(options(from, to)).run().status, MediaCopyReport::Succeeded);
        const qint64 total = expected(from).size();

        MediaCopyReport again = MediaCopier(options(from, to)).run();
        QCOMPARE(again.status, MediaCopyReport::Succeeded);
        QVERIFY(again.copied.isEmpty());
        QVERIFY(again.updated.isEmpty());
        QCOMPARE(again.upToDate, total);

        // Before go-live: a new image, a replaced one (same size, other bytes), and one only touched.
        const QString changed = QStringLiteral("catalog/product/b/i/big-3.png");
        QByteArray bytes = readFile(from + QLatin1Char('/') + changed);
        bytes[100] = char(bytes[100] ^ 0x5a);
        writeFile(from + QLatin1Char('/') + changed, bytes);
        QFile touched(from + QStringLiteral("/import/staging image.jpg"));
        QVERIFY(touched.open(QIODevice::ReadWrite));
        QVERIFY(touched.setFileTime(QDateTime::currentDateTime().addDays(1), QFileDevice::FileModificationTime));
        touched.close();
        writeFile(from + QStringLiteral("/wysiwyg/new banner.png"), "fresh");

        const MediaCopyReport third = MediaCopier(options(from, to)).run();
        QCOMPARE(third.status, MediaCopyReport::Succeeded);
        QCOMPARE(third.copied, QStringList { QStringLiteral("wysiwyg/new banner.png") });
        QCOMPARE(third.updated, QStringList { changed });
        QVERIFY(third.conflicts.isEmpty());
        QCOMPARE(third.upToDate, total - 1);
        QCOMPARE(third.verified, 2);
        QCOMPARE(tree(to), expected(from));
        // A touched file's time is aligned so that the next run needs no hash to skip it.
        QCOMPARE(QFileInfo(to + QStringLiteral("/import/staging image.jpg")).lastModified(),
            QFileInfo(touched).lastModified());
    }

    void neverOverwritesADifferentFileQuietly_data()
    {
        QTest::addColumn<bool>("overwrite");
        QTest::addRow("keep") << false;
        QTest::addRow("overwrite") << true;
    }
    void neverOverwritesADifferentFileQuietly()
    {
        QFETCH(bool, overwrite);
        const QString from = source();
        const QString to = folder(QStringLiteral("pub-media"));
        const QString rel = QStringLiteral("customer/a/b/abc-file.pdf");
        writeFile(to + QLatin1Char('/') + rel, "a Magento 2 file that is not Magento 1's");
        MediaCopyOptions o = options(from, to);
        o.overwriteConflicts = overwrite;
        const MediaCopyReport report = MediaCopier(o).run();
        QCOMPARE(report.status, MediaCopyReport::Succeeded);
        QCOMPARE(report.conflicts.size(), 1);
        QCOMPARE(report.conflicts.first().path, rel);
        QVERIFY(report.conflicts.first().reason.contains(QLatin1String("different file")));
        QCOMPARE(readFile(to + QLatin1Char('/') + rel),
            overwrite ? readFile(from + QLatin1Char('/') + rel)
                      : QByteArray("a Magento 2 file that is not Magento 1's"));
        QCOMPARE(report.updated.contains(rel), overwrite);
        QVERIFY(!report.copied.contains(rel));
    }

    void verificationCatchesABadCopy()
    {
        const QString from = source();
        const QString to = folder(QStringLiteral("pub-media"));
        const QString victim = QStringLiteral("catalog/product/b/i/big-5.png");
        MediaCopyOptions o = options(from, to);
        const QByteArray victimContent = readFile(from + QLatin1Char('/') + victim);
        o.testHook = [&](const char* stage, const QString& path) {
            // Flip a byte of the freshly written copy, as a faulty disk or controller would.
            if (qstrcmp(stage, "written") != 0 || QFileInfo(path).size() != victimContent.size())
                return;
            QFile file(path);
            if (file.open(QIODevice::ReadWrite) && file.readAll() == victimContent) {
                file.seek(10);
                file.write("X");
            }
        };
        const MediaCopyReport report = MediaCopier(o).run();
        QCOMPARE(report.status, MediaCopyReport::Failed);
        QCOMPARE(report.failed.size(), 1);
        QCOMPARE(report.failed.first().path, victim);
        QVERIFY2(report.failed.first().reason.contains(QLatin1String("differs from the source")),
            qPrintable(report.failed.first().reason));
        QVERIFY(!QFile::exists(to + QLatin1Char('/') + victim)); // a bad copy is never left in place
        QVERIFY(report.error.contains(QLatin1String("could not be copied")));
        QVERIFY(report.toText().contains(victim));

        const MediaCopyReport rerun = MediaCopier(options(from, to)).run();
        QCOMPARE(rerun.status, MediaCopyReport::Succeeded);
        QCOMPARE(rerun.copied, QStringList { victim });
        QCOMPARE(tree(to), expected(from));
    }

    void fileVanishingMidCopyIsReported()
    {
        const QString from = source();
        const QString to = folder(QStringLiteral("pub-media"));
        const QStringList gone = { QStringLiteral("import/staging image.jpg"), nonAsciiFile };
        MediaCopyOptions o = options(from, to);
        o.testHook = [&](const char* stage, const QString&) {
            if (qstrcmp(stage, "scanned") == 0)
                for (const QString& rel : gone)
                    QFile::remove(from + QLatin1Char('/') + rel);
        };
        const MediaCopyReport report = MediaCopier(o).run();
        QCOMPARE(report.status, MediaCopyReport::Succeeded);
        QStringList vanished;
        for (const MediaFileNote& n : report.vanished)
            vanished << n.path;
        vanished.sort();
        QStringList want = gone;
        want.sort();
        QCOMPARE(vanished, want);
        QCOMPARE(tree(to), expected(from));
    }

    void brokenLinkIsAFailureThatNamesIt()
    {
        const QString from = source();
        QVERIFY(QFile::link(from + QStringLiteral("/catalog/product/n/o/nowhere.png"),
            from + QStringLiteral("/catalog/product/dangling.png")));
        const MediaCopyReport report = MediaCopier(options(from, folder(QStringLiteral("pub-media")))).run();
        QCOMPARE(report.status, MediaCopyReport::Failed);
        QCOMPARE(report.failed.size(), 1);
        QCOMPARE(report.failed.first().path, QStringLiteral("catalog/product/dangling.png"));
        QVERIFY(report.failed.first().reason.contains(QLatin1String("does not exist")));
        QCOMPARE(report.copied.size(), expected(from).size());
    }

    void crossChecksTheDatabase()
    {
        const QString from = source();
        MediaCopyOptions o = options(from, folder(QStringLiteral("pub-media")));
        o.source = m_store;
        const MediaCopyReport report = MediaCopier(o).run();
        QCOMPARE(report.status, MediaCopyReport::Succeeded);
        QVERIFY2(report.crossChecked, qPrintable(report.crossCheckError));
        QStringList missing;
        qint64 missingGallery = 0;
        for (const MediaFileNote& n : report.missingOnDisk) {
            missing << n.path;
            if (n.path.startsWith(QLatin1String("catalog/product/")) && n.reason == QLatin1String("product gallery"))
                ++missingGallery;
        }
        QVERIFY2(missing.contains(QStringLiteral("wysiwyg/promo/summer-2015.jpg")),
            qPrintable(missing.join(QLatin1Char(','))));
        QCOMPARE(missingGallery, m_missingGallery); // exactly the images the generator lost on purpose
        QVERIFY(report.unreferenced.contains(orphanFile));
        QVERIFY(!report.unreferenced.contains(QStringLiteral("wysiwyg/banner-1.jpg"))); // named by CMS content
        QVERIFY(
            !report.unreferenced.contains(QStringLiteral("customer/a/b/abc-file.pdf"))); // outside the checked areas
        for (const QString& path : std::as_const(report.unreferenced))
            QVERIFY2(!path.startsWith(QLatin1String("downloadable/files/links/")), qPrintable(path));
        QVERIFY(report.toText().contains(QLatin1String("summer-2015.jpg")));

        // A database that cannot be read leaves the copy standing and says why.
        ConnectionProfile wrong = m_store;
        wrong.database = QStringLiteral("media_no_such_db");
        o.source = wrong;
        o.destinationDir = folder(QStringLiteral("pub-media"));
        const MediaCopyReport without = MediaCopier(o).run();
        QCOMPARE(without.status, MediaCopyReport::Succeeded);
        QVERIFY(!without.crossChecked);
        QVERIFY2(
            without.crossCheckError.contains(QLatin1String("media_no_such_db")), qPrintable(without.crossCheckError));
    }

    void mediaDirectives_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QStringList>("paths");
        QTest::addRow("double quotes") << R"(<img src="{{media url="wysiwyg/a.jpg"}}" />)"
                                       << QStringList { "wysiwyg/a.jpg" };
        QTest::addRow("single quotes") << R"({{media url='wysiwyg/b c/d.png'}})" << QStringList { "wysiwyg/b c/d.png" };
        QTest::addRow("single quotes, no space")
            << R"({{media url='wysiwyg/d.png'}})" << QStringList { "wysiwyg/d.png" };
        QTest::addRow("entities") << R"({{media url=&quot;wysiwyg/e.png&quot;}})" << QStringList { "wysiwyg/e.png" };
        QTest::addRow("bare, leading slash") << R"({{media url=/wysiwyg/f.png}})" << QStringList { "wysiwyg/f.png" };
        QTest::addRow("two") << R"({{media url="a.png"}} x {{ media  url="b/c.png" }})"
                             << QStringList { "a.png", "b/c.png" };
        QTest::addRow("skin is not media") << R"({{skin url="images/x.png"}})" << QStringList {};
    }
    void mediaDirectives()
    {
        QFETCH(QString, content);
        QFETCH(QStringList, paths);
        QCOMPARE(MediaReferences::mediaDirectives(content), paths);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("fragment");
        QTest::addRow("missing source") << "missing"
                                        << "does not exist";
        QTest::addRow("source is a file") << "file"
                                          << "is a file, not a folder";
        QTest::addRow("destination inside source") << "inside"
                                                   << "overlap";
        QTest::addRow("destination is a file") << "destfile"
                                               << "is a file, not a folder";
        QTest::addRow("read-only destination") << "readonly"
                                               << "Cannot write to the Magento 2 media folder";
        QTest::addRow("immutable destination") << "immutable"
                                               << "Cannot write to the Magento 2 media folder";
    }
    void badInput()
    {
        QFETCH(QString, kind);
        QFETCH(QString, fragment);
        QString from = source();
        QString to = folder(QStringLiteral("pub-media"));
        std::unique_ptr<TmpfsMount> mount;
        QString named = from;
        if (kind == QLatin1String("missing")) {
            from += QStringLiteral("-nowhere");
            named = from;
        } else if (kind == QLatin1String("file")) {
            from += QStringLiteral("/.htaccess");
            named = from;
        } else if (kind == QLatin1String("inside")) {
            to = from + QStringLiteral("/pub-media");
            named = to;
        } else if (kind == QLatin1String("destfile")) {
            writeFile(to, "x");
            named = to;
        } else if (kind == QLatin1String("readonly")) {
            // Root ignores permission bits, so a read-only mount is the honest way to refuse writes.
            mount = std::make_unique<TmpfsMount>(to, QStringLiteral("size=1m,ro"));
            if (mount->path.isEmpty())
                QSKIP(qPrintable(QStringLiteral("mounting a tmpfs is not permitted here: ") + mount->error));
            named = to;
        } else if (kind == QLatin1String("immutable")) {
            QDir().mkpath(to);
            const QString failure = run(QStringLiteral("chattr"), { QStringLiteral("+i"), to });
            if (!failure.isEmpty())
                QSKIP(
                    qPrintable(QStringLiteral("this file system has no immutable attribute (chattr +i): ") + failure));
            named = to;
        }
        const MediaCopyReport report = MediaCopier(options(from, to)).run();
        if (kind == QLatin1String("immutable"))
            run(QStringLiteral("chattr"), { QStringLiteral("-i"), to });
        QCOMPARE(report.status, MediaCopyReport::Failed);
        QVERIFY2(report.error.contains(fragment), qPrintable(report.error));
        QVERIFY2(report.error.contains(named), qPrintable(report.error));
        QVERIFY(report.copied.isEmpty());
    }

    void unreadableSourceFolder()
    {
        if (::geteuid() == 0)
            QSKIP("root reads folders without read permission; tst_media_cli runs the copy as nobody for this case");
        const QString from = source();
        QFile::setPermissions(from, QFile::WriteOwner);
        const MediaCopyReport report = MediaCopier(options(from, folder(QStringLiteral("pub-media")))).run();
        QFile::setPermissions(from, QFile::Permissions(0x7700));
        QCOMPARE(report.status, MediaCopyReport::Failed);
        QVERIFY(report.error.contains(QLatin1String("Cannot read")));
    }

    void fullDiskIsRefusedBeforeStarting()
    {
        const QString from = source();
        TmpfsMount disk(folder(QStringLiteral("small-disk")), QStringLiteral("size=1m"));
        if (disk.path.isEmpty())
            QSKIP(qPrintable(QStringLiteral("mounting a tmpfs is not permitted here: ") + disk.error));
        const QString to = disk.path + QStringLiteral("/pub/media");
        const MediaCopyReport report = MediaCopier(options(from, to)).run();
        QCOMPARE(report.status, MediaCopyReport::Failed);
        QVERIFY2(report.error.contains(QLatin1String("Not enough free space")), qPrintable(report.error));
        QVERIFY(report.error.contains(to));
        QVERIFY(tree(to).isEmpty());
    }

    void fullDiskStopsCleanlyAndKeepsWhatIsCopied()
    {
        const QString from = source();
        TmpfsMount disk(folder(QStringLiteral("small-disk")), QStringLiteral("size=1m"));
        if (disk.path.isEmpty())
            QSKIP(qPrintable(QStringLiteral("mounting a tmpfs is not permitted here: ") + disk.error));
        const QString to = disk.path + QStringLiteral("/media");
        MediaCopyOptions o = options(from, to);
        o.manifestPath = m_work.path() + QStringLiteral("/full-disk.manifest");
        o.checkSpace = false; // as if the disk filled while the copy ran
        const MediaCopyReport report = MediaCopier(o).run();
        QCOMPARE(report.status, MediaCopyReport::Failed);
        QVERIFY2(report.error.contains(QLatin1String("is full")), qPrintable(report.error));
        QVERIFY(!report.copied.isEmpty());
        const QMap<QString, QByteArray> want = expected(from);
        const QMap<QString, QByteArray> have = tree(to);
        QVERIFY(have.size() < want.size());
        for (auto it = have.cbegin(); it != have.cend(); ++it) {
            QVERIFY2(!it.key().contains(QLatin1String(MediaRules::partialPrefix)), qPrintable(it.key()));
            QCOMPARE(it.value(), want.value(it.key())); // what is there is whole
        }
        QCOMPARE(have.size(), report.copied.size());

        // With room again, the rerun brings the rest and nothing twice.
        QVERIFY(run(QStringLiteral("mount"), { QStringLiteral("-o"), QStringLiteral("remount,size=64m"), disk.path })
                    .isEmpty());
        const MediaCopyReport rerun = MediaCopier(o).run();
        QCOMPARE(rerun.status, MediaCopyReport::Succeeded);
        QCOMPARE(rerun.copied.size() + report.copied.size(), want.size());
        QCOMPARE(tree(to), want);
    }

    // Without root (or where mounting is refused) a per-process file size limit makes write() fail with EFBIG in the
    // middle of a file, as a full disk fails with ENOSPC: the copy stops, keeps what is whole, leaves no partial
    // file, and a rerun with room copies the rest.
    void fileSizeLimitStopsLikeAFullDisk()
    {
        const QString from = source();
        const QString to = folder(QStringLiteral("pub-media"));
        rlimit saved {};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
        rlimit small = saved;
        small.rlim_cur = 100 * 1024; // the big files are 200 KiB; the manifest stays below
        const auto previous = std::signal(SIGXFSZ, SIG_IGN);
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
        const MediaCopyReport report = MediaCopier(options(from, to)).run();
        ::setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previous);
        QCOMPARE(report.status, MediaCopyReport::Failed);
        QVERIFY2(report.error.contains(QLatin1String("is full")), qPrintable(report.error));
        QVERIFY(report.error.contains(QLatin1String("run the copy again")));
        QVERIFY(report.failed.isEmpty()); // no file is to blame
        const QMap<QString, QByteArray> want = expected(from);
        const QMap<QString, QByteArray> have = tree(to);
        QVERIFY(have.size() < want.size());
        QCOMPARE(have.size(), report.copied.size());
        for (auto it = have.cbegin(); it != have.cend(); ++it) {
            QVERIFY2(!it.key().contains(QLatin1String(MediaRules::partialPrefix)), qPrintable(it.key()));
            QCOMPARE(it.value(), want.value(it.key()));
        }
        const MediaCopyReport rerun = MediaCopier(options(from, to)).run();
        QCOMPARE(rerun.status, MediaCopyReport::Succeeded);
        QCOMPARE(rerun.copied.size() + report.copied.size(), want.size());
        QCOMPARE(rerun.partialsRemoved, 0);
        QCOMPARE(tree(to), want);
    }

    // Temporary files of a run that was killed are removed by the next run; those of a copy still running in
    // another process are left alone; a dry run only counts them.
    void partialsOfAnInterruptedRunAreRemoved()
    {
        const QString from = source();
        const QString to = folder(QStringLiteral("pub-media"));
        QCOMPARE(MediaCopier(options(from, to)).run().status, MediaCopyReport::Succeeded);

        const QString dead = QStringLiteral("999999999"); // above any pid_max: no such process
        QProcess alive;
        alive.start(QStringLiteral("sleep"), { QStringLiteral("60") });
        QVERIFY(alive.waitForStarted());
        const QString live = QString::number(alive.processId());
        const QString prefix = QLatin1String(MediaRules::partialPrefix);
        const QStringList stale = { prefix + dead + QStringLiteral("-0"),
            QStringLiteral("catalog/product/b/i/") + prefix + dead + QStringLiteral("-17"),
            QStringLiteral("wysiwyg/Été promo 2015/") + prefix + dead + QStringLiteral("-3"),
            prefix + dead + QStringLiteral("-probe") };
        const QString running = QStringLiteral("catalog/product/b/i/") + prefix + live + QStringLiteral("-2");
        for (const QString& rel : stale + QStringList { running })
            writeFile(to + QLatin1Char('/') + rel, "half a file");

        MediaCopyOptions dry = options(from, to);
        dry.dryRun = true;
        const MediaCopyReport preview = MediaCopier(dry).run();
        QCOMPARE(preview.partialsRemoved, stale.size());
        QVERIFY(preview.toText().contains(QLatin1String("Would remove 4 partial file(s)")));
        QVERIFY(QFile::exists(to + QLatin1Char('/') + stale.first()));

        const MediaCopyReport report = MediaCopier(options(from, to)).run();
        alive.kill();
        alive.waitForFinished();
        QCOMPARE(report.status, MediaCopyReport::Succeeded);
        QCOMPARE(report.partialsRemoved, stale.size());
        QVERIFY(report.toText().contains(QLatin1String("Removed 4 partial file(s) left by an interrupted copy")));
        for (const QString& rel : stale)
            QVERIFY2(!QFile::exists(to + QLatin1Char('/') + rel), qPrintable(rel));
        QVERIFY(QFile::exists(to + QLatin1Char('/') + running));
        QCOMPARE(report.upToDate, expected(from).size());
        QVERIFY(report.copied.isEmpty());

        // Once its writer is gone, the next run removes that one too.
        const MediaCopyReport after = MediaCopier(options(from, to)).run();
        QCOMPARE(after.partialsRemoved, 1);
        QCOMPARE(tree(to), expected(from));
    }

    void dryRunWritesNothing()
    {
        const QString from = source();
        const QString to = folder(QStringLiteral("pub-media"));
        MediaCopyOptions o = options(from, to);
        o.dryRun = true;
        const MediaCopyReport report = MediaCopier(o).run();
        QCOMPARE(report.status, MediaCopyReport::Succeeded);
        QVERIFY(report.dryRun);
        QCOMPARE(report.copied.size(), expected(from).size());
        QCOMPARE(report.bytesCopied, 0);
        QVERIFY(!QFile::exists(to));
        QVERIFY(!QFile::exists(o.manifestPath));
    }

    void cancelKeepsWhatIsDone()
    {
        const QString from = source();
        const QString to = folder(QStringLiteral("pub-media"));
        MediaCopyOptions o = options(from, to);
        o.threads = 2;
        std::atomic<int> written { 0 };
        MediaCopier* self = nullptr;
        o.testHook = [&](const char* stage, const QString&) {
            if (qstrcmp(stage, "written") == 0 && ++written == 5)
                self->cancel();
        };
        MediaCopier copier(o);
        self = &copier;
        const MediaCopyReport report = copier.run();
        QCOMPARE(report.status, MediaCopyReport::Cancelled);
        QVERIFY(report.error.contains(QLatin1String("cancelled")));
        QVERIFY(report.copied.size() >= 4 && report.copied.size() <= 6);
        QCOMPARE(tree(to).size(), report.copied.size());

        const MediaCopyReport rerun = MediaCopier(options(from, to)).run();
        QCOMPARE(rerun.status, MediaCopyReport::Succeeded);
        QCOMPARE(rerun.upToDate, report.copied.size());
        QCOMPARE(tree(to), expected(from));
    }

    void pauseHoldsTheCopy()
    {
        const QString from = source();
        const QString to = folder(QStringLiteral("pub-media"));
        MediaCopyOptions o = options(from, to);
        std::atomic<int> written { 0 };
        MediaCopier* self = nullptr;
        const qint64 half = expected(from).size() / 2;
        o.testHook = [&](const char* stage, const QString&) {
            if (qstrcmp(stage, "written") == 0 && ++written == half)
                self->pause();
        };
        MediaCopier copier(o);
        self = &copier;
        std::atomic<bool> sawPaused { false };
        std::atomic<qint64> doneWhilePaused { -1 };
        std::atomic<bool> rateAndEtaWhilePaused { false };
        QFuture<MediaCopyReport> future = copier.start([&](const MediaCopyProgress& p) {
            if (p.paused) {
                sawPaused = true;
                doneWhilePaused = p.filesDone;
                // Half the files done: past 1% of the bytes, so the rate and the time left are known.
                rateAndEtaWhilePaused = p.bytesPerSecond > 0 && p.etaSeconds >= 0 && p.bytesDone < p.bytesTotal;
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(sawPaused.load(), 10000);
        QVERIFY(rateAndEtaWhilePaused.load());
        const qint64 first = doneWhilePaused;
        QTest::qWait(400);
        QCOMPARE(doneWhilePaused.load(), first);
        QVERIFY(!future.isFinished());
        copier.resume();
        future.waitForFinished();
        QCOMPARE(future.result().status, MediaCopyReport::Succeeded);
        QCOMPARE(tree(to), expected(from));
    }

    void destructorCancelsARunningCopy()
    {
        const QString from = source();
        const QString to = folder(QStringLiteral("pub-media"));
        QFuture<MediaCopyReport> future;
        {
            MediaCopier copier(options(from, to));
            copier.pause();
            future = copier.start();
        } // must not hang nor leave the worker running
        QVERIFY(future.isFinished());
        QCOMPARE(future.result().status, MediaCopyReport::Cancelled);
    }

    void rulesLeaveBehindWhatMagento2Rebuilds_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<bool>("directory");
        QTest::addColumn<bool>("excluded");
        QTest::addRow("image cache") << QByteArray("catalog/product/cache") << true << true;
        QTest::addRow("product images") << QByteArray("catalog/product/c") << true << false;
        QTest::addRow("cache-like name deeper") << QByteArray("catalog/product/c/a/cache") << true << false;
        QTest::addRow("tmp") << QByteArray("tmp") << true << true;
        QTest::addRow("import") << QByteArray("import") << true << false;
        QTest::addRow("htaccess") << QByteArray("downloadable/.htaccess") << false << true;
        QTest::addRow("Thumbs.db") << QByteArray("wysiwyg/THUMBS.DB") << false << true;
        QTest::addRow("customer file") << QByteArray("customer/a/b/x.pdf") << false << false;
        QTest::addRow("partial") << QByteArray("wysiwyg/.cutover-partial-12-3") << false << true;
    }
    void rulesLeaveBehindWhatMagento2Rebuilds()
    {
        QFETCH(QByteArray, path);
        QFETCH(bool, directory);
        QFETCH(bool, excluded);
        QCOMPARE(!MediaRules::excludedReason(path, directory).isEmpty(), excluded);
    }
};

QTEST_GUILESS_MAIN(TestMedia)
#include "tst_media.moc"
