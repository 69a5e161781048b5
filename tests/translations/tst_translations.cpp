#include "uilanguage.h"

#include <QDebug>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Scimflow;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one per plural form
    bool unfinished = false;
    QStringList locations; // "file:line", absolute
};

QList<Message> readTs(const QString &path)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    const QDir base = QFileInfo(path).absoluteDir();
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message{context, {}, {}, false, {}};
        } else if (name == QLatin1String("location")) {
            m.locations << QDir::cleanPath(
                               base.absoluteFilePath(xml.attributes().value("filename").toString())) +
                               QLatin1Char(':') + xml.attributes().value("line").toString();
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.unfinished = xml.attributes().value("type") == QLatin1String("unfinished");
            // Either text or <numerusform> children.
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    m.translations << xml.readElementText();
                else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                    break;
            }
            if (m.translations.isEmpty())
                m.translations << text;
            out << m;
        }
    }
    return out;
}

QString describe(const Message &m)
{
    return QStringLiteral("  [%1] \"%2\"  (%3)")
        .arg(m.context, m.source, m.locations.join(QStringLiteral(", ")));
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d+|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0).remove(QLatin1Char('L'));
    return found;
}

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyStringIsTranslated_data();
    void everyStringIsTranslated();
    void placeholdersAreKept_data();
    void placeholdersAreKept();
    void contextsMatchTheRunTime();
    void chooseFollowsPreferences_data();
    void chooseFollowsPreferences();
    void installLoadsTranslationsAndLocale();

private:
    bool update(const QStringList &committed, const QStringList &options);

    QTemporaryDir m_dir;
    QStringList m_updated; // the .ts copies, updated from the current sources
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // German and French translate every string; English gives the plural forms of the %n strings.
    QVERIFY(update(QStringLiteral(SCIMFLOW_TS_FILES).split(QLatin1Char(',')), {}));
    QVERIFY(update(QStringLiteral(SCIMFLOW_PLURAL_TS_FILES).split(QLatin1Char(',')),
                   {QStringLiteral("-pluralonly")}));
}

bool TestTranslations::update(const QStringList &committed, const QStringList &options)
{
    QStringList copies;
    for (const QString &ts : committed) {
        const QString copy = m_dir.filePath(QFileInfo(ts).fileName());
        if (!QFile::copy(ts, copy)) {
            qWarning() << "cannot copy" << ts;
            return false;
        }
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        copies << copy;
    }
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(SCIMFLOW_SOURCE_DIR));
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    QStringList args{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                     QStringLiteral("absolute")};
    args << options << QStringLiteral(SCIMFLOW_TRANSLATED_DIRS).split(QLatin1Char(','))
         << QStringLiteral("-ts") << copies;
    lupdate.start(QStringLiteral(SCIMFLOW_LUPDATE), args);
    // lupdate 6.4 loops forever on some expressions, e.g. a subscript inside tr()'s plural argument.
    if (!lupdate.waitForFinished(60000)) {
        qWarning() << "lupdate did not finish: look for a tr() call whose arguments it cannot parse (a[i] in "
                      "the plural count: use a.at(i))";
        return false;
    }
    if (lupdate.exitCode() != 0) {
        qWarning() << lupdate.readAll();
        return false;
    }
    m_updated << copies;
    return true;
}

void TestTranslations::everyStringIsTranslated_data()
{
    QTest::addColumn<QString>("ts");
    for (const QString &ts : std::as_const(m_updated))
        QTest::newRow(qPrintable(QFileInfo(ts).fileName())) << ts;
}

void TestTranslations::everyStringIsTranslated()
{
    QFETCH(QString, ts);
    const QList<Message> messages = readTs(ts);
    QVERIFY(messages.size() >= 10);
    QStringList missing;
    for (const Message &m : messages) {
        const bool empty = std::any_of(m.translations.cbegin(), m.translations.cend(),
                                       [](const QString &t) { return t.isEmpty(); });
        if (m.unfinished || empty)
            missing << describe(m);
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 strings have no finished translation in %3 (run the "
                                       "update_translations target, then translate them in Qt Linguist):\n%4")
                            .arg(missing.size())
                            .arg(messages.size())
                            .arg(QFileInfo(ts).fileName(), missing.join(QLatin1Char('\n')))));
}

void TestTranslations::placeholdersAreKept_data()
{
    everyStringIsTranslated_data();
}

void TestTranslations::placeholdersAreKept()
{
    QFETCH(QString, ts);
    QStringList wrong;
    for (const Message &m : readTs(ts)) {
        const QSet<QString> expected = placeholders(m.source);
        for (const QString &t : m.translations) {
            if (!t.isEmpty() && placeholders(t) != expected)
                wrong << describe(m) + QStringLiteral(" -> \"%1\"").arg(t);
        }
    }
    QVERIFY2(wrong.isEmpty(),
             qPrintable(QStringLiteral("Translations whose %1, %2, %n differ from the source:\n") +
                        wrong.join(QLatin1Char('\n'))));
}

// A tr() outside a QObject class is filed by lupdate under the enclosing class or namespace; the string is
// only found at run time if the code translates in that same context.
void TestTranslations::contextsMatchTheRunTime()
{
    static const QRegularExpression qobjectClass(
        QStringLiteral("\\b(?:class|struct)\\s+(\\w+)[^;{]*\\{\\s*Q_(?:OBJECT|GADGET)"));
    QSet<QString> qobjects;
    for (const QString &dir : QStringLiteral(SCIMFLOW_TRANSLATED_DIRS).split(QLatin1Char(','))) {
        QDirIterator it(QStringLiteral(SCIMFLOW_SOURCE_DIR "/") + dir,
                        {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString text = readAll(it.next());
            for (auto m = qobjectClass.globalMatch(text); m.hasNext();)
                qobjects << m.next().captured(1);
        }
    }
    QVERIFY(qobjects.contains(QStringLiteral("MainWindow")));

    QHash<QString, QString> sources;
    QStringList wrong;
    for (const Message &m : readTs(m_updated.first())) {
        if (qobjects.contains(m.context.section(QStringLiteral("::"), -1)))
            continue;
        bool declared = false;
        for (const QString &location : m.locations) {
            const QString file = location.section(QLatin1Char(':'), 0, -2);
            if (!sources.contains(file))
                sources.insert(file, readAll(file));
            const QString &text = sources[file];
            declared = declared || text.contains(QLatin1Char('"') + m.context + QLatin1Char('"')) ||
                       text.contains(QStringLiteral("Q_DECLARE_TR_FUNCTIONS(%1)").arg(m.context));
        }
        if (!declared)
            wrong << describe(m);
    }
    QVERIFY2(
        wrong.isEmpty(),
        qPrintable(QStringLiteral("lupdate files these strings under a context the code never translates "
                                  "in (use QCoreApplication::translate(\"Context\", …) or "
                                  "Q_DECLARE_TR_FUNCTIONS(Context) where tr() is called):\n") +
                   wrong.join(QLatin1Char('\n'))));
}

void TestTranslations::chooseFollowsPreferences_data()
{
    QTest::addColumn<QString>("override");
    QTest::addColumn<QStringList>("preferred");
    QTest::addColumn<QString>("chosen");
    QTest::newRow("system German") << QString() << QStringList{"de-DE", "en-US"} << "de";
    QTest::newRow("system Swiss French") << QString() << QStringList{"fr-CH"} << "fr";
    QTest::newRow("English first") << QString() << QStringList{"en-GB", "de-DE"} << "en";
    QTest::newRow("first spoken") << QString() << QStringList{"it-IT", "fr-FR", "de"} << "fr";
    QTest::newRow("none spoken") << QString() << QStringList{"ja-JP"} << "en";
    QTest::newRow("C locale") << QString() << QStringList{"C"} << "en";
    QTest::newRow("override") << "fr" << QStringList{"de-DE"} << "fr";
    QTest::newRow("override English") << "en" << QStringList{"de-DE"} << "en";
    QTest::newRow("unknown override") << "xx" << QStringList{"de-DE"} << "en";
}

void TestTranslations::chooseFollowsPreferences()
{
    QFETCH(QString, override);
    QFETCH(QStringList, preferred);
    QFETCH(QString, chosen);
    QCOMPARE(UiLanguage::choose(override, preferred), chosen);
}

void TestTranslations::installLoadsTranslationsAndLocale()
{
    auto translate = [] { return QCoreApplication::translate("Scimflow::DisplayFormat", "Service account"); };
    auto findings = [](int n) {
        return QCoreApplication::translate("Scimflow::TimelineView", "%n finding(s)", nullptr, n);
    };
    QCOMPARE(translate(), QStringLiteral("Service account"));

    QVERIFY(UiLanguage::install(*QCoreApplication::instance(), QStringLiteral("en")));
    QCOMPARE(translate(), QStringLiteral("Service account"));
    QCOMPARE(findings(1), QStringLiteral("1 finding"));
    QCOMPARE(findings(3), QStringLiteral("3 findings"));

    QVERIFY(UiLanguage::install(*QCoreApplication::instance(), QStringLiteral("de")));
    QCOMPARE(translate(), QStringLiteral("Dienstkonto"));
    QCOMPARE(findings(3), QStringLiteral("3 Befunde"));
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(QLocale().toString(1234567), QStringLiteral("1.234.567"));
    // Qt's own strings, when the system has Qt's translations (qt6-translations-l10n).
    if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm")))
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));

    QVERIFY(UiLanguage::install(*QCoreApplication::instance(), QStringLiteral("fr")));
    QCOMPARE(translate(), QStringLiteral("Compte de service"));
    QCOMPARE(QLocale().language(), QLocale::French);
    QVERIFY(!UiLanguage::install(*QCoreApplication::instance(), QStringLiteral("it")));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
