#include "core/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace GoPrep::Language {

namespace {

const QString folder = QStringLiteral(":/i18n");
const QString prefix = QStringLiteral("goprep_");

// What install() put on the application, so that the next call can take it off.
std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

bool add(const QLocale &locale, const QString &name, const QString &path)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, name, QStringLiteral("_"), path)
        || !QCoreApplication::installTranslator(translator.get())) {
        return false;
    }
    installed().push_back(std::move(translator));
    return true;
}

} // namespace

QStringList available()
{
    QStringList codes;
    const QStringList files = QDir(folder).entryList({prefix + u"*.qm"}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(prefix.size()).chopped(3);
        if (code != u"en") {
            codes.append(code);
        }
    }
    return codes;
}

QString nativeName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty()) {
        name[0] = name.at(0).toUpper(); // "español" as an item of a list reads "Español"
    }
    if (code.contains(u'_') && locale.territory() != QLocale::AnyTerritory) {
        name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
    }
    return name.isEmpty() ? code : name;
}

QString install(const QString &code)
{
    for (const auto &translator : installed()) {
        QCoreApplication::removeTranslator(translator.get());
    }
    installed().clear();

    // A chosen language keeps the system's country, so dates, numbers and paper stay as the person set
    // them: English chosen in Germany is en_DE, not en_US. "zh_CN" names its own.
    QLocale locale = QLocale::system();
    if (!code.isEmpty()) {
        const QLocale chosen(code);
        locale = code.contains(u'_')
            ? chosen
            : QLocale(chosen.language(), chosen.script(), QLocale::system().territory());
        QLocale::setDefault(locale);
    }
    // Installed later means asked first: English plurals, then Qt's texts, then GoPrep's language.
    add(QLocale(QLocale::English), prefix.chopped(1), folder);
    QString used = QStringLiteral("en");
    if (locale.language() != QLocale::English) {
        // Linux distributions ship qtbase_<lang>.qm; windeployqt writes a combined qt_<lang>.qm.
        const QString qtPath = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (!add(locale, QStringLiteral("qtbase"), qtPath)) {
            add(locale, QStringLiteral("qt"), qtPath);
        }
        if (add(locale, prefix.chopped(1), folder)) {
            used = installed().back()->language();
        }
    }
    return used;
}

} // namespace GoPrep::Language
