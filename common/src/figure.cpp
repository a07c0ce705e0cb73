#include "td4/figure.hpp"

#include "td4/errors.hpp"

#include <gnuplot-iostream.h>

#include <algorithm>
#include <csignal>
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>

#include <unistd.h>  // mkstemp, close

namespace td4 {

namespace fs = std::filesystem;

Figure& Figure::curve(std::vector<double> x, std::vector<double> y, std::string t,
                      std::string style) {
  return add(Series(std::move(t), std::move(style), {std::move(x), std::move(y)}));
}

Figure& Figure::add(Series s) {
  for (const auto& c : s.columns)
    if (c.size() != s.columns.front().size())
      throw std::logic_error("figure " + name + " : colonnes de longueurs différentes");
  series.push_back(std::move(s));
  return *this;
}

Figure& Figure::set(std::string command) {
  commands.push_back(std::move(command));
  return *this;
}

namespace {

// La commande qui lance gnuplot (GNUPLOT_IOSTREAM_CMD la remplace, comme
// dans gnuplot-iostream).
std::string gnuplot_command() {
  const char* cmd = std::getenv("GNUPLOT_IOSTREAM_CMD");
  return (cmd && *cmd) ? cmd : "gnuplot";
}

// La limite de temps d'un appel à gnuplot (une figure, ou une question sur
// ses terminaux) : jamais d'attente sans fin, même sur un écran qui ne répond
// pas. 30 s, ou TD4_DELAI_GNUPLOT (en secondes) pour les tests.
int gnuplot_limit() {
  const char* v = std::getenv("TD4_DELAI_GNUPLOT");
  const int s = v ? std::atoi(v) : 0;
  return s > 0 ? s : 30;
}

bool gnuplot_accepts(const std::string& terminal) {
  const std::string probe = time_limited(gnuplot_command(), gnuplot_limit()) +
                            " -e 'set terminal " + terminal + "' </dev/null >/dev/null 2>&1";
  return std::system(probe.c_str()) == 0;
}

bool gnuplot_found() {
  const std::string probe =
      time_limited(gnuplot_command(), gnuplot_limit()) + " -V >/dev/null 2>&1";
  return std::system(probe.c_str()) == 0;
}

// Première forme du terminal que ce gnuplot connaît.
std::string first_accepted(const std::vector<std::string>& candidates, const std::string& what) {
  for (const std::string& c : candidates)
    if (gnuplot_accepts(c)) return c;
  throw RuntimeFailure("ce gnuplot ne sait pas produire " + what +
                       " ; essayez --terminal png, dumb ou aucun");
}

// Un chemin entre apostrophes pour le shell.
std::string shell_quoted(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += (c == '\'') ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

// Un fichier temporaire, effacé à la fin de la portée.
struct TemporaryFile {
  fs::path path;
  TemporaryFile() {
    std::string name = (fs::temp_directory_path() / "td4-gnuplot-XXXXXX").string();
    const int fd = mkstemp(name.data());
    if (fd < 0) throw RuntimeFailure("impossible de créer un fichier temporaire pour gnuplot");
    close(fd);
    path = name;
  }
  ~TemporaryFile() {
    std::error_code ec;
    fs::remove(path, ec);
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
};

// Renomme sans lever d'exception en anglais : jamais de fichier à moitié écrit.
void replace_file(const fs::path& partial, const fs::path& path) {
  std::error_code ec;
  fs::rename(partial, path, ec);
  if (ec) {
    fs::remove(partial, ec);
    throw RuntimeFailure("impossible d'écrire " + path.string() +
                         " (un dossier du même nom existe-t-il ?)");
  }
}

// Les chaînes entre apostrophes pour gnuplot.
std::string quoted(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += (c == '\'') ? std::string("''") : std::string(1, c);
  return q + "'";
}

void write_rows(std::ostream& out, const Series& s) {
  const std::size_t n = s.columns.empty() ? 0 : s.columns.front().size();
  out << std::setprecision(10);
  for (std::size_t i = 0; i < n; ++i) {
    if (s.scan && i && i % s.scan == 0) out << '\n';
    for (std::size_t c = 0; c < s.columns.size(); ++c) out << (c ? " " : "") << s.columns[c][i];
    out << '\n';
  }
}

std::vector<std::string> column_names(const Series& s) {
  if (s.names.size() == s.columns.size()) return s.names;
  std::vector<std::string> names{"x", "y", "z", "w"};
  names.resize(s.columns.size(), "c");
  return names;
}

// Une série par bloc (séparés par deux lignes vides : « index » de gnuplot),
// chaque bloc précédé des noms de ses colonnes et de sa légende. Écrit dans
// un fichier temporaire puis renommé : jamais de fichier à moitié écrit.
void write_data(const Figure& f, const fs::path& path) {
  const fs::path partial = path.string() + ".partiel";
  {
    std::ofstream out(partial);
    for (const Series& s : f.series) {
      out << "#";
      for (const std::string& n : column_names(s)) out << ' ' << n;
      out << "\n# " << s.title << '\n';
      write_rows(out, s);
      out << "\n\n";
    }
    if (!out) {
      fs::remove(partial);
      throw RuntimeFailure("impossible d'écrire " + path.string());
    }
  }
  replace_file(partial, path);
  std::cout << "# donnees : " << path.string() << '\n';
}

// Les données passent par des fichiers temporaires, une série par fichier,
// et non par le tube (« plot '-' ») : gnuplot lit son entrée standard octet
// par octet, dix fois plus lentement (1,8 s au lieu de 0,08 s pour la carte
// de la question 06).
void send_plot(Gnuplot& gp, const Figure& f, const std::deque<TemporaryFile>& data) {
  gp << "set encoding utf8\n"
     << "set title " << quoted(f.title) << "\n"
     << "set xlabel " << quoted(f.xlabel) << "\n"
     << "set ylabel " << quoted(f.ylabel) << "\n"
     << "set grid\nset key box opaque\n";
  for (const std::string& c : f.commands) gp << c << "\n";
  gp << "plot ";
  for (std::size_t i = 0; i < f.series.size(); ++i) {
    const Series& s = f.series[i];
    gp << (i ? ", " : "") << quoted(data[i].path.string()) << " with " << s.style
       << (s.title.empty() ? " notitle" : " title " + quoted(s.title));
  }
  gp << "\n";
}

// Lance gnuplot sur la figure et attend qu'il ait fini. Ses messages (en
// anglais) vont dans un fichier : s'il échoue, une seule ligne en français,
// qui cite son erreur ; sinon ses avertissements, préfixés. Le dessin du
// terminal dumb arrive sur la sortie standard, les autres sorties nulle part
// (sans fichier de sortie, gnuplot écrirait un PNG sur le terminal).
void run_gnuplot(const std::string& setup, const Figure& f, bool drawing_on_stdout) {
  const TemporaryFile log;
  const std::string failed = "td4: gnuplot a échoué";
  std::deque<TemporaryFile> data(f.series.size());
  for (std::size_t i = 0; i < f.series.size(); ++i) {
    std::ofstream out(data[i].path);
    write_rows(out, f.series[i]);
    if (!out) throw RuntimeFailure("impossible d'écrire les données de la figure " + f.name);
  }
  {
    Gnuplot gp("{ " + time_limited(gnuplot_command(), gnuplot_limit()) + "; } 2>" +
               shell_quoted(log.path.string()) + (drawing_on_stdout ? "" : " >/dev/null") +
               " || echo \"" + failed + " $?\" >>" + shell_quoted(log.path.string()));
    gp << setup;
    send_plot(gp, f, data);
    gp << "unset output\n";
  }  // ici gnuplot a fini : son tube est fermé et le processus attendu
  std::ifstream in(log.path);
  std::string line, error, last, code;
  while (std::getline(in, line)) {
    if (line.rfind(failed, 0) == 0) {
      code = line.substr(failed.size() + 1);
    } else if (line.find("warning") != std::string::npos) {
      std::cerr << "avertissement de gnuplot (figure " << f.name << ") : "
                << line.substr(line.find_first_not_of(' ')) << '\n';
    } else if (line.find("line ") != std::string::npos && line.find(':') != std::string::npos) {
      if (error.empty()) error = line.substr(line.find_first_not_of(' '));
    } else if (line.find_first_not_of(" ^") != std::string::npos) {
      last = line;
    }
  }
  if (error.empty()) error = last;
  if (code == std::to_string(timeout_code))
    throw RuntimeFailure("gnuplot n'a pas fini la figure " + f.name + " en " +
                         std::to_string(gnuplot_limit()) + " s : arrêté" +
                         (error.empty() ? "" : " ; son message : « " + error + " »"));
  if (!code.empty())
    throw RuntimeFailure("gnuplot n'a pas pu tracer la figure " + f.name + " (code " + code +
                         (error.empty() ? ", sans message)" : ") ; son message : « " + error + " »"));
}

// L'écran, sondé une fois par programme (au plus 2 s).
const DisplayProbe& display() {
  static const DisplayProbe probe = probe_display();
  return probe;
}

// Le premier terminal à fenêtres de ce gnuplot qui s'ouvre sur cet écran
// (sous Wayland sans X, seul qt) ; vide s'il n'en a pas (gnuplot-nox).
std::string window_terminal() {
  static const std::string found = [] {
    for (const std::string t : {"qt", "wxt", "x11"})
      if ((t == "qt" || !display().wayland_only) && gnuplot_accepts(t)) return t;
    return std::string();
  }();
  return found;
}

const std::string window_package =
    "installez le paquet Debian gnuplot-qt, qui remplace gnuplot-nox "
    "(scripts/installer-dependances.sh le fait depuis une session graphique)";

// Pourquoi le terminal par défaut n'est pas une fenêtre (vide : c'en est une).
std::string& no_window_reason() {
  static std::string why;
  return why;
}

}  // namespace

Terminal default_terminal() {
  if (!display().reachable) {
    no_window_reason() = display().why;
  } else if (window_terminal().empty()) {
    no_window_reason() = "ce gnuplot n'ouvre pas de fenêtre ; " + window_package;
  } else {
    return Terminal::window;
  }
  return Terminal::png;
}

Plotter::Plotter(PlotSettings settings) : settings_(std::move(settings)) {
  const Terminal t = settings_.terminal;
  // Si gnuplot s'arrête avant d'avoir tout lu, l'écriture échoue au lieu de
  // tuer le programme sans un mot (SIGPIPE) ; run_gnuplot le signale.
  std::signal(SIGPIPE, SIG_IGN);
  if (t != Terminal::none && !gnuplot_found())
    throw RuntimeFailure(
        "gnuplot est introuvable : installez le paquet Debian gnuplot-nox "
        "(scripts/installer-dependances.sh), ou utilisez --terminal aucun");
  switch (t) {
    case Terminal::window:
      if (!display().reachable)
        throw RuntimeFailure("--terminal fenetre : " + display().why +
                             " ; les figures peuvent aller dans des fichiers (--terminal png) "
                             "ou dans le terminal (--terminal dumb)");
      gnuplot_terminal_ = window_terminal();
      if (gnuplot_terminal_.empty())
        throw RuntimeFailure("--terminal fenetre : ce gnuplot ne sait pas ouvrir de fenêtre ; " +
                             window_package + " ; ou --terminal png, dumb ou aucun");
      screen_ = display().screen;
      break;
    case Terminal::png:
      gnuplot_terminal_ = first_accepted({"pngcairo", "png"}, "de PNG") + " size 900,600";
      extension_ = ".png";
      break;
    case Terminal::svg:
      gnuplot_terminal_ = first_accepted({"svg"}, "de SVG") + " size 900,600 dynamic";
      extension_ = ".svg";
      break;
    case Terminal::pdf:
      gnuplot_terminal_ = first_accepted({"pdfcairo", "pdf"}, "de PDF") + " size 15cm,10cm";
      extension_ = ".pdf";
      break;
    case Terminal::dumb:  // à la taille du terminal, relue à chaque figure
      break;
    case Terminal::none:
      break;
  }
  if (!extension_.empty() || settings_.data) {
    std::error_code ec;
    fs::create_directories(settings_.folder, ec);
    if (ec || !fs::is_directory(settings_.folder))
      throw RuntimeFailure("--sortie : impossible de créer le dossier " + settings_.folder +
                           " (chemin invalide ou droits insuffisants)");
    // Un dossier qui existe mais où l'on ne peut pas écrire (/proc, droits) : le dire avant
    // de calculer, pas à la première figure.
    const fs::path probe = fs::path(settings_.folder) / ".td4-essai-ecriture";
    bool writable = false;
    {
      std::ofstream out(probe);
      writable = static_cast<bool>(out << "essai" << std::flush);
    }
    fs::remove(probe, ec);
    if (!writable)
      throw RuntimeFailure("--sortie : impossible d'écrire dans le dossier " + settings_.folder +
                           " (droits insuffisants ?)");
  }
  if (t == Terminal::png && !settings_.chosen && !no_window_reason().empty())
    std::cout << "# pas de fenêtre (" << no_window_reason() << ") ; figures en PNG dans "
              << settings_.folder << "/\n";
}

void Plotter::show(const Figure& f) {
  const fs::path folder(settings_.folder);
  if (settings_.data) write_data(f, folder / (f.name + ".dat"));
  if (settings_.terminal == Terminal::none) return;

  std::cout.flush();  // le dessin « dumb » arrive sur la même sortie
  if (settings_.terminal == Terminal::window) {
    show_window(f);
    return;
  }
  if (settings_.terminal == Terminal::dumb) {
    const ScreenSize text = text_terminal_size();
    // Une colonne et une ligne de moins : pas de retour à la ligne, et l'invite reste visible.
    run_gnuplot("set terminal dumb size " + std::to_string(std::clamp(text.width - 1, 40, 400)) +
                    "," + std::to_string(std::clamp(text.height - 1, 12, 200)) + "\n",
                for_text_terminal(f), true);
    return;
  }

  const fs::path path = folder / (f.name + extension_);
  const fs::path partial = folder / ("." + f.name + ".partiel" + extension_);
  std::error_code ec;
  fs::remove(partial, ec);
  try {
    run_gnuplot("set terminal " + gnuplot_terminal_ + "\nset output " +
                    quoted(partial.string()) + "\n",
                f, false);
  } catch (...) {
    fs::remove(partial, ec);
    throw;
  }
  if (fs::file_size(partial, ec) == 0 || ec) {
    fs::remove(partial, ec);
    throw RuntimeFailure("gnuplot n'a pas pu écrire la figure " + path.string());
  }
  replace_file(partial, path);
  std::cout << "# figure : " << path.string() << '\n';
}

// Une fenêtre par figure, titrée par le programme et la figure, numérotée
// et placée en mosaïque ; annoncée sur la sortie standard.
void Plotter::show_window(const Figure& f) {
  const WindowPlace w = window_place(windows_, screen_);
  const std::string title = program_name() + " : " + plain_text(f.title);
  // Petite fenêtre : police plus petite, titre sur deux lignes s'il le faut
  // (environ 7 pixels par caractère), légende resserrée.
  Figure small = f;
  std::string wrapped;
  for (char c : wrap_title(f.title, static_cast<std::size_t>(w.width / 7)))
    wrapped += (c == '"') ? std::string("\\\"") : std::string(1, c);
  small.set("set title \"" + wrapped + "\"").set("set key font ',8' spacing 0.9 samplen 2");
  run_gnuplot("set terminal " + gnuplot_terminal_ + " " + std::to_string(++windows_) + " title " +
                  quoted(title) + " size " + std::to_string(w.width) + "," +
                  std::to_string(w.height) + " position " + std::to_string(w.x) + "," +
                  std::to_string(w.y) + " font ',9' persist\n",
              small, false);
  std::cout << "# fenêtre " << windows_ << " : " << title
            << " (pour la fermer : touche q dans la fenêtre)\n";
}

}  // namespace td4
