#include "td4/figure.hpp"

#include "td4/child_jobs.hpp"
#include "td4/cleanup.hpp"
#include "td4/errors.hpp"
#include "td4/explore.hpp"
#include "td4/legend.hpp"
#include "td4/work.hpp"

#include <algorithm>
#include <exception>
#include <functional>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <memory>
#include <exception>

#include <unistd.h>  // mkstemp, close, getpid

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

// gnuplot lancé par run_child (et non std::system, qui ignore Ctrl-C pendant
// l'attente), borné dans le temps.
int run_gnuplot_child(const std::string& arguments, const std::string& input, bool keep_stdout,
                      const std::string& errors) {
  return run_child(in_utf8_locale(gnuplot_command()) + arguments, input, keep_stdout, errors,
                   gnuplot_limit());
}

// Un terminal accepté l'est pour toute la vie du programme : avec
// --explorer, chaque redessin n'a pas à relancer gnuplot pour le savoir.
bool gnuplot_accepts(const std::string& terminal) {
  static std::map<std::string, bool> accepted;
  if (accepted[terminal]) return true;
  return accepted[terminal] =
             run_gnuplot_child(" -e 'set terminal " + terminal + "'", "/dev/null", false,
                               "/dev/null") == 0;
}

bool gnuplot_found() {
  return run_gnuplot_child(" -V", "/dev/null", false, "/dev/null") == 0;
}

// Un fichier temporaire, effacé à la fin de la portée ou si le programme
// est interrompu.
struct TemporaryFile {
  fs::path path;
  std::unique_ptr<RemovedIfInterrupted> guard;
  TemporaryFile() {
    std::string name = (fs::temp_directory_path() / "td4-gnuplot-XXXXXX").string();
    const InterruptionsDeferred deferred;  // créé et inscrit d'un coup
    const int fd = mkstemp(name.data());
    if (fd < 0) throw RuntimeFailure("impossible de créer un fichier temporaire pour gnuplot");
    guard = std::make_unique<RemovedIfInterrupted>(name);
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

// Le nom du fichier partiel de `path` : propre au processus, pour que deux
// programmes qui écrivent dans le même dossier ne se mélangent jamais (le
// dernier fichier complet l'emporte).
// `rank` distingue deux figures du même nom qui se dessinent en même temps.
fs::path partial_name(const fs::path& path, int rank = 0) {
  std::string name = ".";
  name.append(path.stem().string())
      .append(".partiel-")
      .append(std::to_string(getpid()))
      .append(rank ? "-" + std::to_string(rank) : "")
      .append(path.extension().string());
  return path.parent_path() / name;
}

// Renomme sans lever d'exception en anglais : jamais de fichier à moitié écrit.
void replace_file(const fs::path& partial, const fs::path& path) {
  std::error_code ec;
  fs::rename(partial, path, ec);
  if (ec) {
    std::error_code ignored;
    fs::remove(partial, ignored);
    throw RuntimeFailure("impossible d'écrire " + path.string() + " (" + reason(ec) + ")");
  }
}

// Les chaînes entre apostrophes pour gnuplot : rien n'y est interprété (ni
// `commande`, ni @macro) sauf '' pour une apostrophe ; un saut de ligne y
// finirait la commande, d'où le refus des caractères de contrôle.
std::string quoted(const std::string& s) {
  std::string q = "'";
  for (char c : s) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
      throw RuntimeFailure("gnuplot ne peut pas recevoir « " + printable(s) +
                           " » : ce nom contient un caractère de contrôle");
    q += (c == '\'') ? std::string("''") : std::string(1, c);
  }
  return q + "'";
}

void write_row(std::ostream& out, const Series& s, std::size_t i) {
  for (std::size_t c = 0; c < s.columns.size(); ++c) out << (c ? " " : "") << s.columns[c][i];
  out << '\n';
}

void write_rows(std::ostream& out, const Series& s) {
  const std::size_t n = s.columns.empty() ? 0 : s.columns.front().size();
  out << std::setprecision(10);
  for (std::size_t i = 0; i < n; ++i) {
    if (s.scan && i && i % s.scan == 0) out << '\n';
    write_row(out, s, i);
  }
}

// Une figure de plus de 200 000 points (des dizaines de longues courbes)
// coûterait à gnuplot des secondes et des centaines de Mo : chacune de ses
// courbes de plus de 2·buckets points lui est passée réduite, en gardant
// dans chaque tranche de points consécutifs celui où y est minimal et celui
// où il est maximal, dans l'ordre. Le tracé (900 pixels de large) n'en
// montre pas plus, l'enveloppe des oscillations est gardée ; le .dat garde
// tout, et les figures ordinaires sont tracées point par point.
bool too_many_points(const Figure& f) {
  std::size_t total = 0;
  for (const Series& s : f.series) total += s.columns.empty() ? 0 : s.columns.front().size();
  return total > 200000;
}

void write_plotted_rows(std::ostream& out, const Series& s, bool reduce) {
  constexpr std::size_t buckets = 4000;
  const std::size_t n = s.columns.size() < 2 ? 0 : s.columns.front().size();
  if (!reduce || s.scan || n <= 2 * buckets) return write_rows(out, s);
  const std::vector<double>& y = s.columns[1];
  out << std::setprecision(10);
  for (std::size_t b = 0; b < buckets; ++b) {
    const std::size_t first = n * b / buckets, last = n * (b + 1) / buckets;
    std::size_t lo = first, hi = first;
    for (std::size_t i = first; i < last; ++i) {
      if (y[i] < y[lo]) lo = i;
      if (y[i] > y[hi]) hi = i;
    }
    write_row(out, s, std::min(lo, hi));
    if (lo != hi) write_row(out, s, std::max(lo, hi));
  }
  write_row(out, s, n - 1);
}

std::vector<std::string> column_names(const Series& s) {
  if (s.names.size() == s.columns.size()) return s.names;
  std::vector<std::string> names{"x", "y", "z", "w"};
  names.resize(s.columns.size(), "c");
  return names;
}

// Une série par bloc (séparés par deux lignes vides : « index » de gnuplot),
// chaque bloc précédé des noms de ses colonnes et de sa légende. Écrit dans
// un fichier partiel puis renommé : jamais de fichier à moitié écrit.
void write_data(const Figure& f, const fs::path& path) {
  const fs::path partial = partial_name(path);
  const RemovedIfInterrupted guard(partial.string());
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
      std::error_code ec;
      fs::remove(partial, ec);
      throw RuntimeFailure("impossible d'écrire " + path.string() + " (disque plein ou droits ?)");
    }
  }
  replace_file(partial, path);
  std::cout << "# donnees : " << path.string() << '\n';
}

// Le script de la figure ; `sources` dit où gnuplot lit chaque série : un
// bloc (« index ») d'un fichier temporaire, et non l'entrée standard
// (« plot '-' »), que gnuplot lit octet par octet, dix fois plus lentement
// (1,8 s au lieu de 0,08 s pour la carte de la question 06) ; ou un bloc de
// données du script ($td4_N) pour les fenêtres de --explorer.
void write_script(std::ostream& gp, const std::string& setup, const Figure& f,
                  const std::vector<std::string>& sources) {
  gp << setup << "set encoding utf8\n"
     << "set title " << quoted(f.title) << "\n"
     << "set xlabel " << quoted(f.xlabel) << "\n"
     << "set ylabel " << quoted(f.ylabel) << "\n"
     << "set grid\nset key box opaque\n";
  for (const std::string& c : f.commands) gp << c << "\n";
  gp << "plot ";
  for (std::size_t i = 0; i < f.series.size(); ++i) {
    const Series& s = f.series[i];
    gp << (i ? ", " : "") << sources[i] << " with " << s.style
       << (s.title.empty() ? " notitle" : " title " + quoted(s.title));
  }
  gp << "\nunset output\n";
}

// Un avertissement de gnuplot (en anglais), dit en français.
std::string warning_in_french(const std::string& line) {
  const std::pair<const char*, const char*> known[] = {
      {"no valid points", "une série n'a aucun point représentable"},
      {"empty x range", "toutes les abscisses sont égales : gnuplot élargit l'axe x"},
      {"empty y range", "toutes les ordonnées sont égales : gnuplot élargit l'axe y"},
      {"empty cb range", "toutes les valeurs de couleur sont égales"},
      {"iconv", "conversion des caractères impossible dans cette locale (prenez une locale "
                "UTF-8, comme LANG=fr_FR.UTF-8)"},
      {"too small", "la figure est trop petite pour son contenu"}};
  for (const auto& [english, french] : known)
    if (line.find(english) != std::string::npos) return french;
  return "« " + line.substr(line.find_first_not_of(' ')) + " » (message de gnuplot)";
}

// Une figure confiée à gnuplot : son script, ses données et ses messages,
// dans des fichiers temporaires qui vivent jusqu'à ce qu'il ait fini.
struct GnuplotRun {
  std::string figure;  // le nom de la figure, pour les messages
  TemporaryFile script, log, data;
};

// Écrit les données et le script de la figure.
std::unique_ptr<GnuplotRun> prepare_gnuplot(const std::string& setup, const Figure& f) {
  auto run = std::make_unique<GnuplotRun>();
  run->figure = f.name;
  {
    std::ofstream out(run->data.path);
    const bool reduce = too_many_points(f);
    for (const Series& s : f.series) {
      // Un bloc vide fondrait les séparateurs voisins : une ligne non tracée.
      if (s.columns.empty() || s.columns.front().empty()) {
        out << "nan";
        for (std::size_t c = 1; c < std::max<std::size_t>(s.columns.size(), 2); ++c) out << " nan";
        out << '\n';
      }
      write_plotted_rows(out, s, reduce);
      out << "\n\n";
    }
    if (!out) throw RuntimeFailure("impossible d'écrire les données de la figure " + f.name +
                                   " (dossier temporaire plein ?)");
  }
  {
    std::vector<std::string> sources;
    for (std::size_t i = 0; i < f.series.size(); ++i)
      sources.push_back(quoted(run->data.path.string()) + " index " + std::to_string(i));
    std::ofstream out(run->script.path);
    write_script(out, setup, f, sources);
    if (!out) throw RuntimeFailure("impossible d'écrire le script de la figure " + f.name);
  }
  return run;
}

// Lance gnuplot sur la figure, sans attendre. Ses messages (en anglais) vont
// dans un fichier. Le dessin du terminal dumb arrive sur la sortie standard,
// les autres sorties nulle part (sans fichier de sortie, gnuplot écrirait un
// PNG sur le terminal).
pid_t start_gnuplot(const GnuplotRun& run, bool drawing_on_stdout) {
  return start_child(in_utf8_locale(gnuplot_command()), run.script.path.string(),
                     drawing_on_stdout, run.log.path.string());
}

// Une fois gnuplot fini (`code`) : s'il a échoué, une seule ligne en
// français, qui cite son erreur ; sinon ses avertissements, traduits.
void check_gnuplot(const GnuplotRun& run, int code) {
  std::ifstream in(run.log.path);
  std::string line, error, last;
  while (std::getline(in, line)) {
    if (line.find("warning") != std::string::npos) {
      std::cerr << "avertissement de gnuplot (figure " << run.figure
                << ") : " << printable(warning_in_french(line)) << '\n';
    } else if (line.find("line ") != std::string::npos && line.find(':') != std::string::npos) {
      if (error.empty()) error = line.substr(line.find_first_not_of(' '));
    } else if (line.find_first_not_of(" ^") != std::string::npos) {
      last = line;
    }
  }
  if (error.empty()) error = last;
  if (code == timed_out)
    throw RuntimeFailure("gnuplot n'a pas fini la figure " + run.figure + " en " +
                         std::to_string(gnuplot_limit()) + " s : arrêté" +
                         (error.empty() ? "" : " ; son message : « " + printable(error) + " »"));
  if (code != 0)
    throw RuntimeFailure("gnuplot n'a pas pu tracer la figure " + run.figure + " (code " +
                         std::to_string(code) +
                         (error.empty() ? ", sans message)" : ") ; son message : « " + printable(error) + " »"));
}

// Lance gnuplot sur la figure et attend qu'il ait fini.
void run_gnuplot(const std::string& setup, const Figure& f, bool drawing_on_stdout) {
  const std::unique_ptr<GnuplotRun> run = prepare_gnuplot(setup, f);
  check_gnuplot(*run, wait_child(start_gnuplot(*run, drawing_on_stdout), gnuplot_limit()));
}

// Une figure écrite dans un fichier : gnuplot l'écrit dans un fichier
// partiel, renommé quand il a fini ; effacé s'il échoue ou si le programme
// s'arrête avant.
struct FileFigure {
  fs::path path, partial;
  RemovedIfInterrupted guard;
  std::unique_ptr<GnuplotRun> run;
  FileFigure(fs::path p, int rank)
      : path(std::move(p)), partial(partial_name(path, rank)), guard(partial.string()) {}
  ~FileFigure() {
    std::error_code ec;
    fs::remove(partial, ec);
  }
  FileFigure(const FileFigure&) = delete;
  FileFigure& operator=(const FileFigure&) = delete;

  // gnuplot fini : le fichier complet remplace l'ancien, et il est annoncé.
  void finish(int code) {
    check_gnuplot(*run, code);
    std::error_code ec;
    if (fs::file_size(partial, ec) == 0 || ec)
      throw RuntimeFailure("gnuplot n'a pas pu écrire la figure " + path.string());
    replace_file(partial, path);
    std::cout << "# figure : " << path.string() << '\n';
  }
};

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

// Ce qu'il faut à chaque terminal à fenêtres pour que la touche q ferme la
// fenêtre (qt, selon ses réglages, n'accepte sinon que Ctrl-Q), et la
// hauteur de ses barres d'outils et d'état, en plus du dessin.
std::string q_closes(const std::string& terminal) {
  return terminal == "x11" ? " noctrlq" : " noctrl";
}
// Une fenêtre prête à dessiner : la commande « set terminal », son titre,
// et la figure arrangée pour sa taille.
struct WindowDrawing {
  std::string terminal, title;
  Figure figure;
};

// `label` : le nom du programme (et son rang s'il a déjà ouvert des
// fenêtres il y a peu), en tête du titre de la fenêtre ; le titre entier
// est coupé à la largeur de la fenêtre (environ 8 pixels par caractère),
// sinon le gestionnaire de fenêtres le couperait où il veut.
WindowDrawing window_drawing(const Figure& f, const WindowPlace& w, int number,
                             const std::string& terminal, const std::string& label) {
  // wxt coupe le titre à 50 octets, au milieu d'un caractère s'il le faut,
  // et n'ouvre alors pas la fenêtre : 48 octets au plus.
  const std::string prefix = label + " : ", title = plain_text(f.title);
  std::size_t room = static_cast<std::size_t>(std::max(10, w.width / 8));
  room -= std::min(room - 5, prefix.size());
  while (room > 5 && prefix.size() + shortened(title, room).size() > 48) --room;
  // Le tracé : la fenêtre moins ses marges (graduations et légende de l'axe
  // y à gauche ; titre, légende au-dessus, axe x en hauteur), carré s'il le
  // faut.
  const bool square = std::count(f.commands.begin(), f.commands.end(), "set size square") > 0;
  const KeyCanvas canvas{double(w.width), double(w.height), 6.5, 12};
  const Figure keyed = with_key_beside_square_plot(with_key_clear_of_data(f, canvas),
                                                 {canvas.width, canvas.height, 5, 12});
  std::string key;  // la dernière commande « set key » compte
  for (const std::string& c : keyed.commands)
    if (c.rfind("set key", 0) == 0) key = c;
  const auto entries = std::count_if(f.series.begin(), f.series.end(),
                                     [](const Series& s) { return !s.title.empty(); });
  const bool key_beside = key.find("outside right") != std::string::npos;
  double plot_w = w.width - 90 - (key_beside ? 200.0 : 0.0),
         plot_h = w.height - 110 - (key.find("above") != std::string::npos ? 11.0 * entries : 0.0);
  if (square) plot_w = plot_h = std::min(plot_w, plot_h);
  WindowDrawing d{"", prefix + shortened(title, room),
                  with_spaced_tics(keyed, {plot_w, plot_h, 7.5, 12})};
  // Petite fenêtre : police plus petite, titre sur deux lignes s'il le faut
  // (environ 7 pixels par caractère ; gnuplot le centre sur le tracé, décalé
  // à droite par l'axe y, à gauche par une légende à droite), légende resserrée.
  std::string wrapped;
  const int title_room = std::max(10, (w.width - (key_beside ? 200 : 40)) / 7);
  for (char c : wrap_title(f.title, static_cast<std::size_t>(title_room)))
    wrapped += (c == '"') ? std::string("\\\"") : std::string(1, c);
  // x11 : du Latin-1 (titre de la fenêtre, textes du dessin), ses polices
  // n'ont pas d'UTF-8 ; la sortie standard reste en UTF-8.
  const bool x11 = terminal == "x11";
  // Plus de cinq légendes : encore plus serrées, le tracé garde sa hauteur.
  // Une fenêtre basse (sept figures sur un écran de 768 pixels) : le titre
  // en plus petit, le tracé garde sa hauteur.
  d.figure.set("set title \"" + wrapped + "\"" + (w.height < 300 ? " font ',8'" : ""))
      .set(entries > 5 ? "set key font ',7' spacing 0.8 samplen 1.5"
                       : "set key font ',8' spacing 0.9 samplen 2");
  d.terminal = "set terminal " + terminal + " " + std::to_string(number) + q_closes(terminal) + " title " +
               (quoted)(x11 ? latin1(d.title) : d.title) + " size " + std::to_string(w.width) + "," +
               std::to_string(w.height) + " position " + std::to_string(w.x) + "," +
               std::to_string(w.y) + " font ',9'";
  if (x11) d.figure = in_latin1(d.figure);
  return d;
}

// --explorer : un gnuplot par figure, vivant toute la session ; chaque
// dessin d'une figure remplace le précédent dans sa fenêtre, où zoom,
// molette et rotation marchent. Une figure qui n'est plus tracée ferme sa
// fenêtre, une nouvelle en ouvre une à la première place libre. Les données
// voyagent dans le script (blocs $td4_N) : gnuplot les garde pour
// redessiner. Le script passe par un fichier (un tube se lit octet par
// octet), que gnuplot efface après l'avoir lu.
class LiveWindows {
 public:
  using Drawing = std::function<WindowDrawing(const Figure&, int slot, int count)>;

  void show(const std::vector<Figure>& figures, const Drawing& drawing) {
    const auto drawn = [&](const std::string& name) {
      return std::any_of(figures.begin(), figures.end(),
                         [&](const Figure& f) { return f.name == name; });
    };
    // Les fenêtres dont la figure n'est plus tracée (par place), et les
    // figures sans fenêtre (dans l'ordre) : une figure renommée (son nom dit
    // w ou Iext) reprend dans l'ordre la fenêtre d'une figure disparue.
    std::vector<std::string> stale;
    for (const auto& [name, w] : open_)
      if (!drawn(name)) stale.push_back(name);
    std::sort(stale.begin(), stale.end(),
              [&](const std::string& a, const std::string& b) { return open_.at(a).slot < open_.at(b).slot; });
    std::size_t reused = 0;
    for (const Figure& f : figures)
      if (!open_.count(f.name) && reused < stale.size()) {
        auto node = open_.extract(stale[reused++]);
        node.key() = f.name;
        open_.insert(std::move(node));
      }
    for (std::size_t i = reused; i < stale.size(); ++i) {
      const Window& w = open_.at(stale[i]);
      std::cout << "# fenêtre " << w.slot + 1 << " fermée : " << w.title
                << " (figure qui n'est plus tracée)\n";
      open_.erase(stale[i]);
    }
    // La mosaïque prévue pour le plus grand nombre de figures de la session.
    count_ = std::max(count_, static_cast<int>(figures.size()));
    for (const Figure& f : figures) {
      auto found = open_.find(f.name);
      const bool opened = found == open_.end();
      if (opened) {
        int slot = 0;
        while (std::any_of(open_.begin(), open_.end(),
                           [&](const auto& w) { return w.second.slot == slot; }))
          ++slot;
        found = open_.emplace(f.name, Window{std::make_unique<PipedChild>(
                                                 "env " + gnuplot_command()),
                                             slot, ""})
                    .first;
      }
      Window& w = found->second;
      const WindowDrawing d = drawing(f, w.slot, count_);
      w.title = d.title;
      draw(w, d);
      if (opened)
        std::cout << "# fenêtre " << w.slot + 1 << " : " << d.title
                  << " (redessinée à chaque changement ; fermée à la fin de la session)\n";
    }
  }

 private:
  struct Window {
    std::unique_ptr<PipedChild> gnuplot;
    int slot;
    std::string title;
  };

  static void draw(Window& w, const WindowDrawing& d) {
    const Figure& f = d.figure;
    std::string path = (fs::temp_directory_path() / "td4-fenetre-XXXXXX").string();
    const int fd = mkstemp(path.data());
    if (fd < 0) throw RuntimeFailure("impossible de créer un fichier temporaire pour gnuplot");
    close(fd);
    {
      std::ofstream out(path);
      out << "reset\n";
      std::vector<std::string> sources;
      for (std::size_t i = 0; i < f.series.size(); ++i) {
        sources.push_back("$td4_" + std::to_string(i));
        out << sources.back() << " << EOD\n";
        write_plotted_rows(out, f.series[i], too_many_points(f));
        out << "EOD\n";
      }
      write_script(out, d.terminal + "\n", f, sources);
      if (!out) throw RuntimeFailure("impossible d'écrire le script de la figure " + f.name);
    }
    std::string in_shell = "'";
    for (char c : path) in_shell += (c == '\'') ? std::string("'\\''") : std::string(1, c);
    // Un gnuplot mort en cours de session (fenêtre fermée à la main avec
    // son processus) ne tue pas le programme : la figure n'est plus montrée.
    if (!w.gnuplot->send("load " + (quoted)(path) + "\nsystem " + (quoted)("rm -f " + in_shell + "'") +
                         "\n")) {
      std::error_code ec;
      fs::remove(path, ec);
    }
  }

  std::map<std::string, Window> open_;  // par nom de figure
  int count_ = 0;
};

LiveWindows& live_windows() {
  static LiveWindows windows;
  return windows;
}

int toolbar_height(const std::string& terminal) { return terminal == "x11" ? 0 : 64; }
// qt place sa fenêtre tantôt par le cadre, tantôt par le contenu (selon
// qu'il connaît déjà la taille des décorations, au hasard) ; wxt et x11 par
// le cadre, comme le demande la norme ICCCM.
bool frame_unsure(const std::string& terminal) { return terminal == "qt"; }

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

Plotter::Plotter(PlotSettings settings)
    : settings_(std::move(settings)), jobs_(std::make_unique<ChildJobs>()),
      unwinding_(std::uncaught_exceptions()) {
  const Terminal t = settings_.terminal;
  // Pour un fichier, un seul lancement de gnuplot d'ordinaire : s'il accepte
  // le terminal, il est là (sinon, -V dit s'il manque ou ne sait pas).
  const std::map<Terminal, std::vector<std::string>> file_terminals = {
      {Terminal::png, {"pngcairo", "png"}}, {Terminal::svg, {"svg"}},
      {Terminal::pdf, {"pdfcairo", "pdf"}}};
  std::string accepted;
  if (const auto it = file_terminals.find(t); it != file_terminals.end())
    for (const std::string& c : it->second)
      if (gnuplot_accepts(c)) {
        accepted = c;
        break;
      }
  if (t != Terminal::none && accepted.empty() && !gnuplot_found())
    throw RuntimeFailure(
        "gnuplot est introuvable : installez le paquet Debian gnuplot-nox "
        "(scripts/installer-dependances.sh), ou utilisez --terminal aucun");
  const auto file_terminal = [&](const std::string& what) {
    if (accepted.empty())
      throw RuntimeFailure("ce gnuplot ne sait pas produire " + what +
                           " ; essayez --terminal png, dumb ou aucun");
    return accepted;
  };
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
      if (gnuplot_terminal_ == "qt") {
        // Une fois par programme : --explorer reconstruit le Plotter à chaque dessin.
        [[maybe_unused]] static const int removed = remove_dead_qt_sockets();
      }
      break;
    case Terminal::png:
      gnuplot_terminal_ = file_terminal("de PNG") + " size 900,600";
      extension_ = ".png";
      break;
    case Terminal::svg:
      gnuplot_terminal_ = file_terminal("de SVG") + " size 900,600 dynamic";
      extension_ = ".svg";
      break;
    case Terminal::pdf:
      gnuplot_terminal_ = file_terminal("de PDF") + " size 15cm,10cm";
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
    const fs::path probe =
        fs::path(settings_.folder) / (".td4-essai-ecriture-" + std::to_string(getpid()));
    const RemovedIfInterrupted guard(probe.string());
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
  if (recorder_) recorder_(f);
  const fs::path folder(settings_.folder);
  if (settings_.data) write_data(f, folder / (f.name + ".dat"));
  if (settings_.terminal == Terminal::none) return;

  clear_progress();
  std::cout.flush();  // le dessin « dumb » arrive sur la même sortie
  if (settings_.terminal == Terminal::window) {
    pending_.push_back(f);  // ouvertes ensemble à la fin (~Plotter)
    return;
  }
  if (settings_.terminal == Terminal::dumb) {
    const ScreenSize text = text_terminal_size();
    // Une colonne et une ligne de moins : pas de retour à la ligne, et l'invite reste visible.
    run_gnuplot("set terminal dumb size " + std::to_string(std::clamp(text.width - 1, 40, 400)) +
                    "," + std::to_string(std::clamp(text.height - 1, 12, 200)) + "\n",
                with_key_clear_of_data(for_text_terminal(f),
                                       {double(text.width), double(text.height), 1, 1, "below nobox"}),
                true);
    return;
  }

  // Les fichiers : un gnuplot par figure, plusieurs à la fois (un par
  // processeur) pendant que le programme continue ; chacune est vérifiée,
  // renommée et annoncée à sa fin, dans l'ordre.
  auto figure = std::make_shared<FileFigure>(folder / (f.name + extension_), ++files_);
  figure->run = prepare_gnuplot("set terminal " + gnuplot_terminal_ + "\nset output " +
                                    quoted(figure->partial.string()) + "\n",
                                with_key_clear_of_data(f, {900, 600, 9, 18}));
  jobs_->add([&] { return start_gnuplot(*figure->run, false); },
             [figure](int code) { figure->finish(code); }, gnuplot_limit());
}

void Plotter::finish() { jobs_->wait_all(); }

Plotter::~Plotter() noexcept(false) {
  // Pendant la remontée d'une autre exception : les gnuplot des fichiers
  // encore en cours sont arrêtés et leurs fichiers partiels effacés (par
  // jobs_), sans un mot de plus. Sinon, ces figures sont attendues, et un
  // échec dit.
  const bool failing = std::uncaught_exceptions() > unwinding_;
  if (!failing) finish();
  if (pending_.empty()) return;
  if (!failing) {
    open_windows();
    return;
  }
  // Le calcul a échoué : les fenêtres des figures déjà faites s'ouvrent quand
  // même (sauf avec --explorer, qui garde les fenêtres d'avant), sans
  // masquer l'erreur.
  if (explore::requested()) return;
  try {
    open_windows();
  } catch (...) {
  }
}

// Les fenêtres, ouvertes ensemble une fois toutes les figures connues : la
// mosaïque est faite pour leur nombre. Chacune titrée par le programme et la
// figure, numérotée, annoncée sur la sortie standard.
void Plotter::open_windows() {
  const std::vector<Figure> figures = std::move(pending_);
  pending_.clear();
  const std::string& terminal = gnuplot_terminal_;
  const int toolbar = toolbar_height(gnuplot_terminal_);
  const bool unsure = frame_unsure(gnuplot_terminal_);
  if (explore::requested()) {
    live_windows().show(figures, [&](const Figure& f, int slot, int count) {
      return window_drawing(f, window_place(slot, count, screen_, toolbar, 0, unsure), slot + 1, terminal,
                            program_name());
    });
    return;
  }
  // Un deuxième lancement dans la demi-heure : décalé, et son rang dans le titre.
  const RunRank rank = window_run_rank(program_name());
  const std::string label =
      program_name() + (rank.same > 0 ? " (" + std::to_string(rank.same + 1) + ")" : "");
  const int count = static_cast<int>(figures.size());
  for (int i = 0; i < count; ++i) {
    const WindowPlace w = window_place(i, count, screen_, toolbar, rank.any, unsure);
    const WindowDrawing d = window_drawing(figures[static_cast<std::size_t>(i)], w, i + 1, terminal, label);
    run_gnuplot(d.terminal + " persist\n", d.figure, false);
    std::cout << "# fenêtre " << i + 1 << " : " << d.title
              << " (pour la fermer : touche q dans la fenêtre)\n";
  }
}

}  // namespace td4
