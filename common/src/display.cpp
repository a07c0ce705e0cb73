#include "td4/display.hpp"

#include "td4/figure.hpp"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iterator>
#include <sstream>
#include <vector>

#include <dirent.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace td4 {

namespace {

using Clock = std::chrono::steady_clock;

// Le serveur X doit répondre dans ce délai : un DISPLAY périmé (tmux
// rattaché, ssh -X coupé) ne doit pas coûter plus.
constexpr auto probe_limit = std::chrono::seconds(2);

// Un descripteur fermé à la fin de la portée.
struct Socket {
  int fd = -1;
  explicit Socket(int f) : fd(f) {}
  ~Socket() {
    if (fd >= 0) close(fd);
  }
  Socket(const Socket&) = delete;
  Socket& operator=(const Socket&) = delete;
};

// Attend que fd soit prêt (POLLIN ou POLLOUT) avant `deadline`.
bool wait_for(int fd, short events, Clock::time_point deadline) {
  for (;;) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    if (left.count() <= 0) return false;
    pollfd p{fd, events, 0};
    const int n = poll(&p, 1, static_cast<int>(left.count()));
    if (n > 0) return true;
    if (n == 0 || errno != EINTR) return false;
  }
}

// connect() sans bloquer plus que jusqu'à `deadline`.
bool connect_before(int fd, const sockaddr* address, socklen_t length, Clock::time_point deadline) {
  fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
  if (connect(fd, address, length) == 0) return true;
  if (errno != EINPROGRESS && errno != EAGAIN) return false;
  if (!wait_for(fd, POLLOUT, deadline)) return false;
  int error = 0;
  socklen_t size = sizeof error;
  return getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &size) == 0 && error == 0;
}

// Une socket locale : `abstract` pour l'espace de noms abstrait de Linux
// (celui qu'écoutent Xorg et Xvfb même quand /tmp n'est pas partagé).
int connect_local(const std::string& path, bool abstract, Clock::time_point deadline) {
  sockaddr_un a{};
  a.sun_family = AF_UNIX;
  const std::size_t offset = abstract ? 1 : 0;
  if (path.size() + offset >= sizeof a.sun_path) return -1;
  std::memcpy(a.sun_path + offset, path.data(), path.size());
  const int fd = socket(AF_UNIX, SOCK_STREAM, 0);
  if (fd < 0) return -1;
  const auto length = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + offset +
                                             path.size() + (abstract ? 0 : 1));
  if (connect_before(fd, reinterpret_cast<const sockaddr*>(&a), length, deadline)) return fd;
  close(fd);
  return -1;
}

int connect_tcp(const std::string& host, int port, Clock::time_point deadline) {
  addrinfo hints{};
  hints.ai_socktype = SOCK_STREAM;
  addrinfo* found = nullptr;
  if (getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &found) != 0) return -1;
  int fd = -1;
  for (addrinfo* a = found; a && fd < 0; a = a->ai_next) {
    fd = socket(a->ai_family, a->ai_socktype, a->ai_protocol);
    if (fd >= 0 && !connect_before(fd, a->ai_addr, a->ai_addrlen, deadline)) {
      close(fd);
      fd = -1;
    }
  }
  freeaddrinfo(found);
  return fd;
}

struct DisplayName {
  std::string host, number;  // « host:number.screen » ; host vide : local
  bool valid = false;
};

DisplayName parse_display(const std::string& d) {
  DisplayName n;
  const std::size_t colon = d.rfind(':');
  if (colon == std::string::npos) return n;
  n.host = d.substr(0, colon);
  n.number = d.substr(colon + 1, d.find('.', colon) - colon - 1);
  n.valid = !n.number.empty() && std::all_of(n.number.begin(), n.number.end(),
                                             [](char c) { return c >= '0' && c <= '9'; });
  return n;
}

// Le cookie MIT-MAGIC-COOKIE-1 de cet écran dans le fichier XAUTHORITY
// (vide s'il n'y en a pas : le serveur peut accepter sans).
std::string xauth_cookie(const DisplayName& d) {
  const char* file = std::getenv("XAUTHORITY");
  const char* home = std::getenv("HOME");
  const std::string path = (file && *file) ? file : home ? std::string(home) + "/.Xauthority" : "";
  std::ifstream in(path, std::ios::binary);
  const std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  char host[256] = {};
  gethostname(host, sizeof host - 1);
  const bool local = d.host.empty() || d.host == "unix";
  std::size_t at = 0;
  const auto u16 = [&](std::size_t i) {
    return i + 1 < all.size()
               ? (static_cast<unsigned char>(all[i]) << 8) | static_cast<unsigned char>(all[i + 1])
               : -1;
  };
  const auto field = [&](std::string& out) {
    const int n = u16(at);
    if (n < 0 || at + 2 + static_cast<std::size_t>(n) > all.size()) return false;
    out = all.substr(at + 2, static_cast<std::size_t>(n));
    at += 2 + static_cast<std::size_t>(n);
    return true;
  };
  // Comme Xlib : l'entrée « locale » de cette machine d'abord (celle de ssh -X
  // pour localhost:10 aussi), sinon une entrée valable pour toute adresse.
  std::string other;
  while (at + 2 <= all.size()) {
    const int family = u16(at);
    at += 2;
    std::string address, number, name, data;
    if (!field(address) || !field(number) || !field(name) || !field(data)) break;
    if (name != "MIT-MAGIC-COOKIE-1" || (!number.empty() && number != d.number)) continue;
    constexpr int family_local = 256, family_wild = 65535;
    if (family == family_local && address == host) return data;
    if (other.empty() && (family == family_wild || (!local && family != family_local)))
      other = data;
  }
  return other;
}

// Lit exactement n octets avant `deadline`.
bool read_exactly(int fd, char* out, std::size_t n, Clock::time_point deadline) {
  while (n > 0) {
    if (!wait_for(fd, POLLIN, deadline)) return false;
    const ssize_t got = read(fd, out, n);
    if (got <= 0) return false;
    out += got;
    n -= static_cast<std::size_t>(got);
  }
  return true;
}

// Le début du protocole X11 : la demande de connexion, et la réponse du
// serveur (acceptée, avec la taille du premier écran, ou refusée, avec sa
// raison). Voir « X Window System Protocol », chapitre 8.
DisplayProbe handshake(int fd, const DisplayName& d, const std::string& shown,
                       Clock::time_point deadline) {
  DisplayProbe p;
  const std::string name = "MIT-MAGIC-COOKIE-1";
  const std::string cookie = xauth_cookie(d);
  const std::uint16_t one = 1;
  const bool little = *reinterpret_cast<const unsigned char*>(&one) == 1;
  std::string request(12, '\0');
  request[0] = little ? 'l' : 'B';
  const auto put16 = [&](std::size_t i, std::uint16_t v) { std::memcpy(&request[i], &v, 2); };
  put16(2, 11);  // version 11.0
  put16(6, static_cast<std::uint16_t>(cookie.empty() ? 0 : name.size()));
  put16(8, static_cast<std::uint16_t>(cookie.size()));
  const auto padded = [](std::string s) { return s + std::string((4 - s.size() % 4) % 4, '\0'); };
  if (!cookie.empty()) request += padded(name) + padded(cookie);
  if (write(fd, request.data(), request.size()) != static_cast<ssize_t>(request.size())) {
    p.why = "l'écran DISPLAY=" + shown + " a coupé la connexion";
    return p;
  }
  char head[8];
  if (!read_exactly(fd, head, sizeof head, deadline)) {
    p.why = "l'écran DISPLAY=" + shown + " ne répond pas en 2 s";
    return p;
  }
  std::uint16_t words = 0;
  std::memcpy(&words, head + 6, 2);
  std::vector<char> body(static_cast<std::size_t>(words) * 4);
  if (!read_exactly(fd, body.data(), body.size(), deadline)) {
    p.why = "l'écran DISPLAY=" + shown + " ne répond pas en entier";
    return p;
  }
  if (head[0] != 1) {
    const std::size_t n =
        std::min(body.size(), static_cast<std::size_t>(static_cast<unsigned char>(head[1])));
    std::string reason(body.data(), n);
    while (!reason.empty() && (reason.back() == '\n' || reason.back() == ' ')) reason.pop_back();
    p.why = "l'écran DISPLAY=" + shown + " refuse la connexion" +
            (reason.empty() ? "" : " : « " + reason + " »");
    return p;
  }
  // Réponse acceptée : fournisseur (longueur v), formats (n × 8), puis l'écran 0.
  if (body.size() >= 32) {
    std::uint16_t vendor = 0;
    std::memcpy(&vendor, &body[16], 2);
    const std::size_t formats = static_cast<unsigned char>(body[21]);
    const std::size_t screen = 32 + (vendor + 3u) / 4 * 4 + 8 * formats;
    if (screen + 24 <= body.size()) {
      std::uint16_t w = 0, h = 0;
      std::memcpy(&w, &body[screen + 20], 2);
      std::memcpy(&h, &body[screen + 22], 2);
      p.screen = {w, h};
    }
  }
  p.reachable = true;
  return p;
}

DisplayProbe probe_x11(const std::string& display) {
  const auto deadline = Clock::now() + probe_limit;
  const DisplayName d = parse_display(display);
  DisplayProbe p;
  int fd = -1;
  if (!display.empty() && display[0] == '/') {  // XQuartz (macOS) : un chemin de socket
    fd = connect_local(display, false, deadline);
  } else if (!d.valid) {
    p.why = "DISPLAY=" + display + " n'est pas une adresse d'écran X (attendu :0 ou hôte:10)";
    return p;
  } else if (d.host.empty() || d.host == "unix") {
    const std::string path = "/tmp/.X11-unix/X" + d.number;
    fd = connect_local(path, true, deadline);
    if (fd < 0) fd = connect_local(path, false, deadline);
  } else {
    fd = connect_tcp(d.host, 6000 + std::atoi(d.number.c_str()), deadline);
  }
  if (fd < 0) {
    p.why = "l'écran DISPLAY=" + display + " ne répond pas : aucun serveur X à cette adresse";
    return p;
  }
  const Socket s(fd);
  return handshake(fd, d, display, deadline);
}

}  // namespace

DisplayProbe probe_display() {
  const char* x = std::getenv("DISPLAY");
  if (x && *x) return probe_x11(x);
  const char* w = std::getenv("WAYLAND_DISPLAY");
  DisplayProbe p;
  if (w && *w) {
    const char* run = std::getenv("XDG_RUNTIME_DIR");
    const std::string path = (*w == '/' || !run) ? std::string(w) : std::string(run) + "/" + w;
    const int fd = connect_local(path, false, Clock::now() + probe_limit);
    const Socket s(fd);
    p.reachable = p.wayland_only = fd >= 0;
    if (fd < 0) p.why = "l'écran WAYLAND_DISPLAY=" + std::string(w) + " ne répond pas";
    return p;
  }
  p.why = "pas d'écran : DISPLAY n'est pas défini";
  return p;
}

WindowPlace window_place(int index, int count, ScreenSize screen, int toolbar, int run,
                         bool frame_unsure) {
  if (screen.width < 640 || screen.height < 480) screen = {1366, 768};
  // Réservés : une barre des tâches (panel), la barre de titre et les bords
  // d'un gestionnaire de fenêtres (title, border ; 37 px chez GNOME, 20 chez
  // openbox), et le décalage d'un lancement sur deux (shift). Avec
  // `frame_unsure`, la barre de titre peut aussi tomber au-dessus de la
  // position demandée : sa place est gardée des deux côtés.
  constexpr int panel = 32, title = 40, border = 4, shift = 24;
  constexpr int min_w = 240, min_h = 150;  // un dessin plus petit serait illisible
  const int above = frame_unsure ? title : 0;
  const int usable_w = screen.width - shift, usable_h = screen.height - panel - shift;
  const auto drawing = [&](int columns, int rows) {
    return std::pair{usable_w / columns - 2 * border,
                     usable_h / rows - above - title - border - toolbar};
  };
  count = std::max(count, 1);
  // Colonnes et lignes : le plus grand dessin (dans les proportions 3:2) où
  // tiennent toutes les figures ; sinon la plus grande mosaïque lisible.
  int columns = 1, rows = 1;
  double best = -1;
  for (int c = 1; c <= count; ++c) {
    const int r = (count + c - 1) / c;
    const auto [w, h] = drawing(c, r);
    const double score = std::min(w / 1.5, double(h));
    if (w >= min_w && h >= min_h && score > best) best = score, columns = c, rows = r;
  }
  if (best < 0) {
    columns = std::max(1, usable_w / (min_w + 2 * border));
    rows = std::max(1, usable_h / (min_h + above + title + border + toolbar));
  }
  const int tile_w = usable_w / columns, tile_h = usable_h / rows;
  const int slot = index % (columns * rows), layer = index / (columns * rows);
  auto [w, h] = drawing(columns, rows);
  // qt n'ouvre pas de fenêtre plus haute que les deux tiers de l'écran.
  if (frame_unsure) h = std::min(h, screen.height * 2 / 3 - toolbar);
  // Mosaïque pleine : les suivantes en cascade, décalées pour que les titres restent lisibles.
  const int offset = shift * (run % 2) + 48 * (layer % 4);
  // Cadre incertain : aussi les bords à gauche de la position.
  const int left = frame_unsure ? border : 0;
  return {w, h, (slot % columns) * tile_w + left + offset, (slot / columns) * tile_h + above + offset};
}

RunRank window_run_rank(const std::string& program) {
  const char* dir = std::getenv("XDG_RUNTIME_DIR");
  const std::string path = (dir && *dir ? std::string(dir) : std::string("/tmp")) +
                           "/td4-fenetres-" + std::to_string(getuid());
  const long now = static_cast<long>(std::time(nullptr));
  RunRank rank;
  std::string kept;
  {
    std::ifstream in(path);
    long when = 0;
    std::string name;
    while (in >> when >> name)
      if (now - when < 1800 && now >= when) {
        ++rank.any;
        rank.same += name == program;
        kept += std::to_string(when) + " " + name + "\n";
      }
  }
  // Au plus 100 lancements gardés : le fichier reste petit.
  std::ofstream out(path, std::ios::trunc);
  out << kept.substr(kept.size() > 4000 ? kept.find('\n', kept.size() - 4000) + 1 : 0) << now
      << ' ' << program << '\n';
  return rank;
}

std::string shortened(const std::string& text, std::size_t width) {
  std::size_t chars = 0, at = 0;
  for (; at < text.size(); ++at)
    if ((text[at] & 0xC0) != 0x80 && ++chars > width) break;
  if (at >= text.size()) return text;
  // Une coupure entre deux mots, avant le dernier caractère gardé.
  // Un caractère entier de moins (UTF-8 : ses octets de suite, puis le premier), pour « … ».
  std::string cut = text.substr(0, at);
  for (char last = '\x80'; !cut.empty() && (last & 0xC0) == 0x80;) {
    last = cut.back();
    cut.pop_back();
  }
  const std::size_t space = cut.rfind(' ');
  if (space != std::string::npos && space > cut.size() / 2) cut.resize(space);
  while (!cut.empty() && (cut.back() == ' ' || cut.back() == ',' || cut.back() == ':')) cut.pop_back();
  return cut + "…";
}

ScreenSize text_terminal_size() {
  winsize w{};
  if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &w) == 0 && w.ws_col > 0 &&
      w.ws_row > 0)
    return {w.ws_col, w.ws_row};
  const auto from_env = [](const char* name, int fallback) {
    const char* v = std::getenv(name);
    const int n = v ? std::atoi(v) : 0;
    return n > 0 ? n : fallback;
  };
  return {from_env("COLUMNS", 100), from_env("LINES", 32)};
}

std::string plain_text(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const bool script = (s[i] == '^' || s[i] == '_') && i + 1 < s.size() && s[i + 1] == '{';
    const bool font = s[i] == '{' && i + 1 < s.size() && s[i + 1] == '/';
    const std::size_t close = (script || font) ? s.find('}', i) : std::string::npos;
    if (close == std::string::npos) {
      out += s[i];
      continue;
    }
    if (font) {  // {/Symbol a} ou {/:Italic x} : le texte seul
      const std::size_t space = s.find(' ', i);
      if (space < close) out += s.substr(space + 1, close - space - 1);
    } else {
      const std::string inner = s.substr(i + 2, close - i - 2);
      const bool word = inner.find_first_of(" +-*/(),") == std::string::npos;
      out += s[i] + (word ? inner : "(" + inner + ")");
    }
    i = close;
  }
  return out;
}

Figure for_text_terminal(const Figure& f) {
  Figure g(f.name, plain_text(f.title), plain_text(f.xlabel), "");
  g.series = f.series;
  // Les cases pleines (cartes, « boxxyerror x y demi-largeur demi-hauteur ») :
  // dumb n'en trace que le contour, un quadrillage illisible. Chaque case
  // devient un semis de points au pas de la plus petite case (40 000 points
  // au plus), un caractère par série.
  const auto is_box = [](const Series& s) {
    return s.style.rfind("boxxyerror", 0) == 0 && s.columns.size() == 4;
  };
  double step_x = INFINITY, step_y = INFINITY, area = 0;
  for (const Series& s : g.series)
    if (is_box(s))
      for (std::size_t i = 0; i < s.columns[0].size(); ++i) {
        step_x = std::min(step_x, 2 * s.columns[2][i]);
        step_y = std::min(step_y, 2 * s.columns[3][i]);
        area += 4 * s.columns[2][i] * s.columns[3][i];
      }
  if (area > 0) {
    const double coarser = std::sqrt(std::max(1.0, area / (step_x * step_y) / 40000));
    step_x *= coarser;
    step_y *= coarser;
  }
  const char* const marks[] = {".", "x", "~", "o", "v", "n", "u", "w"};
  std::size_t filled = 0;
  for (Series& s : g.series) {
    s.title = plain_text(s.title);
    if (!is_box(s) || !(step_x > 0 && step_y > 0)) continue;
    std::vector<double> x, y;
    for (std::size_t i = 0; i < s.columns[0].size(); ++i) {
      const double left = s.columns[0][i] - s.columns[2][i], bottom = s.columns[1][i] - s.columns[3][i];
      for (double px = left + step_x / 2; px < left + 2 * s.columns[2][i]; px += step_x)
        for (double py = bottom + step_y / 2; py < bottom + 2 * s.columns[3][i]; py += step_y) {
          x.push_back(px);
          y.push_back(py);
        }
    }
    s.columns = {x, y};
    s.names.clear();
    s.style = std::string("points pt '") + marks[filled++ % std::size(marks)] + "'";
  }
  // Une légende au-dessus du tracé irait sur le titre et la légende de
  // l'axe y, posés en haut : dessous, où gnuplot lui fait sa place (sans
  // cadre, qui effacerait la légende de l'axe x).
  for (const std::string& c : f.commands)
    g.set(c.rfind("set key", 0) == 0 && c.find("above") != std::string::npos
              ? "set key below nobox"
              : plain_text(c));
  if (!f.ylabel.empty()) {
    std::string label;
    for (char c : plain_text(f.ylabel))
      label += (c == '\'') ? std::string("''") : std::string(1, c);
    g.set("set tmargin 3").set("set label '" + label + "' at screen 0, screen 1 left offset 1,-1");
  }
  return g;
}

std::string latin1(const std::string& utf8) {
  static const std::pair<char32_t, const char*> spelled[] = {
      {U'Φ', "Phi"},   {U'φ', "phi"},     {U'λ', "lambda"}, {U'κ', "kappa"}, {U'θ', "theta"},
      {U'τ', "tau"},   {U'σ', "sigma"},   {U'Δ', "Delta"},  {U'δ', "delta"}, {U'π', "pi"},
      {U'α', "alpha"}, {U'β', "beta"},    {U'ω', "omega"},  {U'ε', "epsilon"}, {U'μ', "\xb5"},
      {U'œ', "oe"},    {U'Œ', "OE"},      {U'…', "..."},    {U'−', "-"},     {U'′', "'"},
      {U'⁻', "-"},     {U'≈', "~"},       {U'≤', "<="},     {U'≥', ">="},    {U'→', "->"},
      {U'∞', "inf"},   {U'’', "'"},       {U'–', "-"},      {U'—', "-"},     {U'\u202f', " "}};
  std::string out;
  for (std::size_t i = 0; i < utf8.size();) {
    const unsigned char c = static_cast<unsigned char>(utf8[i]);
    const int length = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
    char32_t code = length == 1 ? c : c & (0x7F >> length);
    for (int k = 1; k < length && i + k < utf8.size(); ++k)
      code = (code << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    i += length;
    if (code < 0x100) {
      out += static_cast<char>(code);
      continue;
    }
    const char* text = "?";
    for (const auto& [from, to] : spelled)
      if (from == code) text = to;
    out += text;
  }
  return out;
}

Figure in_latin1(const Figure& f) {
  Figure g(f.name, latin1(f.title), latin1(f.xlabel), latin1(f.ylabel));
  g.series = f.series;
  for (Series& s : g.series) s.title = latin1(s.title);
  g.set("set encoding iso_8859_1");
  for (const std::string& c : f.commands) g.set(latin1(c));
  return g;
}

namespace {

bool utf8_locale() {
  for (const char* name : {"LC_ALL", "LC_CTYPE", "LANG"}) {
    const char* v = std::getenv(name);
    if (!v || !*v) continue;
    std::string s(v);
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s.find("utf-8") != std::string::npos || s.find("utf8") != std::string::npos;
  }
  return false;
}

}  // namespace

int remove_dead_qt_sockets() noexcept {
  try {
    const char* tmpdir = std::getenv("TMPDIR");
    const std::string folder = (tmpdir && *tmpdir) ? tmpdir : "/tmp";
    DIR* d = opendir(folder.c_str());
    if (!d) return 0;
    int removed = 0;
    const std::time_t now = std::time(nullptr);
    while (const dirent* e = readdir(d)) {
      const std::string name = e->d_name;
      if (name.size() <= 9 || name.compare(0, 9, "qtgnuplot") != 0 ||
          !std::all_of(name.begin() + 9, name.end(),
                       [](unsigned char c) { return std::isdigit(c); }))
        continue;
      const std::string path = folder + "/" + name;
      struct stat st {};
      sockaddr_un address{};
      address.sun_family = AF_UNIX;
      if (lstat(path.c_str(), &st) != 0 || !S_ISSOCK(st.st_mode) || st.st_uid != getuid() ||
          now - st.st_mtime < 60 || path.size() >= sizeof address.sun_path)
        continue;
      std::memcpy(address.sun_path, path.c_str(), path.size() + 1);
      const int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
      if (fd < 0) break;
      const bool dead = connect(fd, reinterpret_cast<const sockaddr*>(&address),
                                sizeof address) != 0 &&
                        errno == ECONNREFUSED;
      close(fd);
      if (dead && unlink(path.c_str()) == 0) ++removed;
    }
    closedir(d);
    return removed;
  } catch (...) {  // mémoire épuisée : rien de retiré, rien de grave
    return 0;
  }
}

std::string in_utf8_locale(const std::string& command) {
  static const std::string locale = utf8_locale() ? "" : "LC_ALL=C.UTF-8 ";
  // env : la commande peut commencer par des affectations (GNUPLOT_DRIVER_DIR=…).
  return "env " + locale + command;
}

std::string wrap_title(const std::string& title, std::size_t width) {
  const auto length = [](const std::string& t) {  // en caractères, pas en octets (UTF-8)
    return static_cast<std::size_t>(
        std::count_if(t.begin(), t.end(), [](char c) { return (c & 0xC0) != 0x80; }));
  };
  if (length(title) <= width) return title;
  // La coupure la plus proche du milieu, de préférence après « : », puis « , », puis une espace.
  for (const std::string cut : {" : ", ", ", " "}) {
    std::size_t best = std::string::npos;
    for (std::size_t at = title.find(cut); at != std::string::npos; at = title.find(cut, at + 1))
      if (best == std::string::npos || std::abs(long(at) - long(title.size() / 2)) <
                                           std::abs(long(best) - long(title.size() / 2)))
        best = at;
    if (best == std::string::npos) continue;
    const std::string first = title.substr(0, best + (cut == " : " ? 2 : cut.size() - 1));
    const std::string second = title.substr(best + cut.size());
    if (length(first) <= width && length(second) <= width) return first + "\\n" + second;
  }
  // Pas de coupure en deux lignes : autant de lignes qu'il faut, mot à mot.
  std::string wrapped, line, word;
  std::istringstream words(title);
  while (words >> word) {
    if (!line.empty() && length(line) + 1 + length(word) > width) {
      wrapped += line + "\\n";
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
  }
  return wrapped + line;
}

std::string program_name() {
#if defined(__GLIBC__)
  return program_invocation_short_name;
#elif defined(__APPLE__)
  return getprogname();
#else
  return "td4";
#endif
}

}  // namespace td4
