// La bande (tape.hpp). Un enregistrement par cas de test, écrit d'un bloc à
// la fin du cas :   'K' nom  longueur  contenu
// Le contenu : pour chaque appel relayé, 'C' numéro, puis 'R' valeurs ou
// 'E' exception valeurs, puis le nombre de « à compléter » levés ; 'I'
// explication quand le cas a été interrompu (délai, plantage) ; 'T' durée.
// Un cas que l'enregistreur n'a pas fini (tué) manque : le juge le dit.
#include "tape.hpp"

#include <algorithm>
#include <bit>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>

namespace td4::tape {

namespace {

Mode current_mode = Mode::none;
std::string interrupted_why;

// --- l'enregistreur ---
std::FILE* out = nullptr;
std::string case_name, case_data;
bool case_open = false;
int depth = 0;  // 1 pendant un appel relayé : ceux qu'il fait ne sont pas relayés

// --- le juge ---
// Au plus 512 Mio de bande, 64 Kio par texte, 1000 « à compléter » par appel.
constexpr std::size_t max_tape = std::size_t{512} << 20;
constexpr std::size_t max_text = std::size_t{64} << 10;
std::map<std::string, std::string> cases;
std::string ended_how;
const std::string* payload = nullptr;
std::size_t at = 0;

[[noreturn]] void interrupt(const std::string& why) {
  interrupted_why = why;
  throw Interrupted(why);
}

[[noreturn]] void unreadable(const std::string& what) {
  interrupt("l'enregistrement de ce cas est illisible (" + what +
            ") : relancez les tests ; si cela persiste, le code de l'exercice écrit où il ne "
            "devrait pas");
}

void need(std::size_t n) {
  if (payload == nullptr || payload->size() - at < n) unreadable("il s'arrête au milieu d'une valeur");
}

// Un texte de la bande, affichable : UTF-8 valide (� à la place du reste),
// sans caractère de contrôle ni de direction (U+202E…), coupé à 64 Kio.
std::string clean(const std::string& in) {
  std::string s;
  s.reserve(in.size());
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(in[i]); };
  for (std::size_t i = 0; i < in.size();) {
    const unsigned char c = byte(i);
    if (c < 0x80) {
      s += (c < 0x20 || c == 0x7f) ? (c == '\n' || c == '\t' ? ' ' : '?') : static_cast<char>(c);
      ++i;
      continue;
    }
    const std::size_t len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 0;
    char32_t cp = len == 4 ? c & 0x07u : len == 3 ? c & 0x0fu : c & 0x1fu;
    bool ok = len >= 2 && c >= 0xc2 && c <= 0xf4 && i + len <= in.size();
    for (std::size_t k = 1; ok && k < len; ++k) {
      ok = (byte(i + k) & 0xc0) == 0x80;
      cp = (cp << 6) | (byte(i + k) & 0x3fu);
    }
    ok = ok && !(len == 3 && cp < 0x800) && !(len == 4 && (cp < 0x10000 || cp > 0x10ffff)) &&
         !(cp >= 0xd800 && cp <= 0xdfff);
    if (!ok) {
      s += "\xef\xbf\xbd";  // U+FFFD
      ++i;
      continue;
    }
    const bool control = cp < 0xa0 || cp == 0x061c || cp == 0x200e || cp == 0x200f ||
                         (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
    if (!control) s.append(in, i, len);
    i += len;
  }
  return s;
}

}  // namespace

Mode mode() { return current_mode; }
std::string printable(const std::string& text) { return clean(text); }
const std::string& interruption() { return interrupted_why; }

// --- l'enregistreur ---------------------------------------------------------

void open_recording(const std::string& path) {
  // « fd:N » : un descripteur déjà ouvert par qui lance l'enregistreur (le
  // juge, le correcteur hors du bac à sable) ; sinon un chemin.
  if (path.rfind("fd:", 0) == 0) {
    const int fd = std::atoi(path.c_str() + 3);
    out = fd > 2 ? fdopen(fd, "wb") : nullptr;
  } else {
    out = std::fopen(path.c_str(), "wb");
  }
  if (out == nullptr) throw std::runtime_error("impossible d'écrire l'enregistrement " + path);
  current_mode = Mode::record;
}

void flush() {
  if (out == nullptr || !case_open) return;
  case_open = false;
  Writer& w = writer();
  const std::string data = std::move(case_data);
  case_data.clear();
  w.u8(tag_case);  // écrit directement dans le fichier : case_open est faux
  w.bytes(case_name);
  w.u64(data.size());
  w.raw(data.data(), data.size());
  std::fflush(out);
}

void write_case(const std::string& name) {
  flush();
  case_name = name;
  case_data.clear();
  case_open = true;
  depth = 0;  // un appel interrompu par le délai n'est jamais revenu
}

void write_interruption(const std::string& why) {
  if (!case_open) return;
  depth = 0;
  writer().u8(tag_interrupt);
  writer().bytes(why.substr(0, max_text));
}

void Writer::raw(const void* data, std::size_t size) {
  if (case_open)
    case_data.append(static_cast<const char*>(data), size);
  else if (out != nullptr)
    std::fwrite(data, 1, size, out);
}
void Writer::u8(std::uint8_t v) { raw(&v, 1); }
void Writer::u64(std::uint64_t v) {
  unsigned char b[8];
  for (int i = 0; i < 8; ++i) b[i] = static_cast<unsigned char>(v >> (8 * i));
  raw(b, 8);
}
void Writer::f64(double v) {
  std::uint64_t bits;
  std::memcpy(&bits, &v, 8);
  u64(bits);
}
void Writer::bytes(const std::string& s) {
  u64(s.size());
  raw(s.data(), s.size());
}

bool record_call(int id) {
  if (depth > 0) return false;
  depth = 1;
  writer().u8(tag_call);
  writer().u64(static_cast<std::uint64_t>(id));
  return true;
}
void record_return() { writer().u8(tag_return); }
void record_throw(Thrown kind, const std::string& what) {
  writer().u8(tag_throw);
  writer().u8(static_cast<std::uint8_t>(kind));
  writer().bytes(what.substr(0, max_text));
}
void record_end(long not_done_before) {
  writer().u64(static_cast<std::uint64_t>(std::max(0L, not_done_count() - not_done_before)));
  depth = 0;
}

double timed_ms(const std::function<void()>& calls) {
  if (current_mode == Mode::replay) {
    calls();
    need(1);
    if ((*payload)[at] != static_cast<char>(tag_time)) unreadable("durée attendue");
    ++at;
    return reader().f64();
  }
  const auto start = std::chrono::steady_clock::now();
  calls();
  const double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  if (current_mode == Mode::record) {
    writer().u8(tag_time);
    writer().f64(ms);
  }
  return ms;
}

// --- le juge -----------------------------------------------------------------

void load_recording(const std::string& path, const std::string& ended) {
  current_mode = Mode::replay;
  ended_how = ended;
  std::ifstream in(path, std::ios::binary);
  std::string all;
  if (in) {
    in.seekg(0, std::ios::end);
    const auto size = static_cast<std::size_t>(std::max<std::streamoff>(0, in.tellg()));
    in.seekg(0);
    all.resize(std::min(size, max_tape));
    in.read(all.data(), static_cast<std::streamsize>(all.size()));
    all.resize(static_cast<std::size_t>(std::max<std::streamsize>(0, in.gcount())));
  }
  // Les blocs l'un après l'autre ; un bloc tronqué ou mal formé arrête la lecture.
  const std::string* saved = payload;
  payload = &all;
  at = 0;
  try {
    Reader& r = reader();
    while (at < all.size()) {
      if (r.u8() != tag_case) break;
      std::string name = r.bytes();
      const std::size_t n = r.count(1);
      std::string data = all.substr(at, n);
      at += n;
      cases.emplace(std::move(name), std::move(data));
    }
  } catch (const Interrupted&) {
  }
  payload = saved;
  at = 0;
  interrupted_why.clear();
}

void begin_case(const std::string& name) {
  interrupted_why.clear();
  const auto found = cases.find(clean(name));
  payload = found == cases.end() ? nullptr : &found->second;
  at = 0;
}

Outcome replay_call(int id) {
  if (payload == nullptr)
    interrupt("pas lancé : les tests de l'exercice se sont arrêtés avant ce cas (" + ended_how +
              ") ; corrigez d'abord le premier cas à corriger");
  Reader& r = reader();
  const auto stopped = [&](const char* when) {
    interrupt(std::string("l'exercice s'est arrêté ") + when + " (" + ended_how + ")");
  };
  if (at == payload->size()) stopped("avant cet appel");
  std::uint8_t tag = r.u8();
  if (tag == tag_interrupt) interrupt(r.bytes());
  if (tag != tag_call || r.u64() != static_cast<std::uint64_t>(id))
    unreadable("les appels enregistrés ne sont pas ceux du test");
  if (at == payload->size()) stopped("pendant cet appel");
  tag = r.u8();
  if (tag == tag_interrupt) interrupt(r.bytes());
  Outcome o;
  if (tag == tag_return) return o;
  if (tag != tag_throw) unreadable("issue d'appel inconnue");
  const std::uint8_t kind = r.u8();
  if (kind > static_cast<std::uint8_t>(Thrown::unknown)) unreadable("exception inconnue");
  o.threw = true;
  o.kind = static_cast<Thrown>(kind);
  o.what = r.bytes();
  return o;
}

void replay_end(const Outcome& o) {
  std::uint64_t not_done = reader().u64();
  if (o.threw && o.kind == Thrown::not_done && not_done > 0) --not_done;
  for (std::uint64_t k = 0; k < std::min<std::uint64_t>(not_done, 1000); ++k) NotDone counted("");
  if (!o.threw) return;
  switch (o.kind) {
    case Thrown::not_done: {
      const std::string suffix = " : à compléter";
      std::string what = o.what;
      if (what.size() >= suffix.size() && what.ends_with(suffix)) what.resize(what.size() - suffix.size());
      throw NotDone(what);
    }
    case Thrown::domain_error: throw std::domain_error(o.what);
    case Thrown::invalid_argument: throw std::invalid_argument(o.what);
    case Thrown::other: throw std::runtime_error(o.what);
    case Thrown::unknown: throw 0;  // « d'un type inconnu », comme l'original
  }
}

std::uint8_t Reader::u8() {
  need(1);
  return static_cast<std::uint8_t>((*payload)[at++]);
}
std::uint64_t Reader::u64() {
  need(8);
  std::uint64_t v = 0;
  for (int i = 0; i < 8; ++i)
    v |= static_cast<std::uint64_t>(static_cast<unsigned char>((*payload)[at + i])) << (8 * i);
  at += 8;
  return v;
}
double Reader::f64() {
  const std::uint64_t bits = u64();
  double v;
  std::memcpy(&v, &bits, 8);
  return v;
}
std::size_t Reader::count(std::size_t item) {
  const std::uint64_t n = u64();
  if (payload == nullptr || n > (payload->size() - at) / std::max<std::size_t>(item, 1))
    unreadable("une longueur dépasse ce qui reste");
  return static_cast<std::size_t>(n);
}
std::string Reader::bytes() {
  const std::size_t n = count(1);
  std::string s = payload->substr(at, std::min(n, max_text));
  at += n;
  return clean(s);
}
void Reader::f64s(double* values, std::size_t n) {
  if (n == 0) return;
  if constexpr (std::endian::native == std::endian::little) {
    need(n * sizeof(double));
    std::memcpy(values, payload->data() + at, n * sizeof(double));
    at += n * sizeof(double);
  } else {
    for (std::size_t i = 0; i < n; ++i) values[i] = f64();
  }
}

Writer& writer() {
  static Writer w;
  return w;
}
Reader& reader() {
  static Reader r;
  return r;
}

// --- les valeurs ---------------------------------------------------------------

void get(Reader& r, bool& v) {
  const std::uint8_t b = r.u8();
  if (b > 1) unreadable("booléen");
  v = b == 1;
}
void put(Writer& w, const std::vector<double>& v) {
  w.u64(v.size());
  // D'un bloc (la bande est en petit-boutiste, comme cette machine) : une
  // mesure de durée autour d'un appel ne compte pas l'écriture, ou presque.
  if constexpr (std::endian::native == std::endian::little) {
    if (!v.empty()) w.raw(v.data(), v.size() * sizeof(double));
  } else {
    for (double x : v) w.f64(x);
  }
}
void get(Reader& r, std::vector<double>& v) {
  v.resize(r.count(8));
  r.f64s(v.data(), v.size());
}
void put(Writer& w, const std::complex<double>& z) {
  w.f64(z.real());
  w.f64(z.imag());
}
void get(Reader& r, std::complex<double>& z) {
  const double re = r.f64();
  z = {re, r.f64()};
}
void put(Writer& w, Stability s) { w.u8(static_cast<std::uint8_t>(s)); }
void get(Reader& r, Stability& s) {
  const std::uint8_t b = r.u8();
  if (b > static_cast<std::uint8_t>(Stability::marginal)) unreadable("stabilité inconnue");
  s = static_cast<Stability>(b);
}
void put(Writer& w, Nature n) { w.u8(static_cast<std::uint8_t>(n)); }
void get(Reader& r, Nature& n) {
  const std::uint8_t b = r.u8();
  if (b > static_cast<std::uint8_t>(Nature::centre)) unreadable("nature inconnue");
  n = static_cast<Nature>(b);
}
void put(Writer& w, const Jacobian& J) {
  for (double x : {J.a, J.b, J.c, J.d}) w.f64(x);
}
void get(Reader& r, Jacobian& J) {
  J.a = r.f64();
  J.b = r.f64();
  J.c = r.f64();
  J.d = r.f64();
}
void put(Writer& w, const EIFixedPoint& p) {
  w.f64(p.rE);
  w.f64(p.rI);
  put(w, p.J);
  put(w, p.lambda1);
  put(w, p.lambda2);
  put(w, p.nature);
}
void get(Reader& r, EIFixedPoint& p) {
  p.rE = r.f64();
  p.rI = r.f64();
  get(r, p.J);
  get(r, p.lambda1);
  get(r, p.lambda2);
  get(r, p.nature);
}
void put(Writer& w, const Trajectory& t) {
  put(w, t.t);
  put(w, t.x);
}
void get(Reader& r, Trajectory& t) {
  get(r, t.t);
  get(r, t.x);
}
void put(Writer& w, const RingRun& run) {
  put(w, run.t);
  put(w, run.r);
  put(w, run.position_deg);
  put(w, run.amplitude);
  put(w, run.final_r);
}
void get(Reader& r, RingRun& run) {
  get(r, run.t);
  get(r, run.r);
  get(r, run.position_deg);
  get(r, run.amplitude);
  get(r, run.final_r);
}
void put(Writer& w, const Figure& f) {
  for (const std::string* s : {&f.name, &f.title, &f.xlabel, &f.ylabel}) w.bytes(*s);
  put(w, f.commands);
  w.u64(f.series.size());
  for (const Series& s : f.series) {
    w.bytes(s.title);
    w.bytes(s.style);
    put(w, s.columns);
    put(w, s.names);
    w.u64(s.scan);
  }
}
void get(Reader& r, Figure& f) {
  f.name = r.bytes();
  f.title = r.bytes();
  f.xlabel = r.bytes();
  f.ylabel = r.bytes();
  get(r, f.commands);
  f.series.clear();
  const std::size_t n = r.count(1);
  for (std::size_t i = 0; i < n; ++i) {
    std::string title = r.bytes(), style = r.bytes();
    std::vector<std::vector<double>> columns;
    std::vector<std::string> names;
    get(r, columns);
    get(r, names);
    const std::uint64_t scan = r.u64();
    f.series.emplace_back(std::move(title), std::move(style), std::move(columns),
                          std::move(names), static_cast<std::size_t>(scan));
  }
}
void get(Reader& r, std::vector<Figure>& v) {
  v.clear();
  const std::size_t n = r.count(1);
  for (std::size_t i = 0; i < n; ++i) {
    Figure f("", "", "", "");
    get(r, f);
    v.push_back(std::move(f));
  }
}
// Le générateur : d'ordinaire, de combien de tirages l'appel l'a avancé
// (le juge avance le sien d'autant) ; sinon (réinitialisé…), tout son état.
namespace {
constexpr std::uint64_t max_draws = 10'000'000;
std::mt19937_64 engine_before;
}  // namespace
void remember(const std::mt19937_64& e) { engine_before = e; }
void put(Writer& w, const std::mt19937_64& e) {
  std::mt19937_64 probe = engine_before;
  for (std::uint64_t k = 0; k <= 100'000; ++k) {
    if (probe == e) {
      w.u8(0);
      w.u64(k);
      return;
    }
    probe();
  }
  std::ostringstream text;
  text << e;
  w.u8(1);
  w.bytes(text.str());
}
void get(Reader& r, std::mt19937_64& e) {
  if (r.u8() == 0) {
    const std::uint64_t k = r.u64();
    if (k > max_draws) unreadable("tirages du générateur");
    e.discard(k);
    return;
  }
  std::istringstream text(r.bytes());
  std::mt19937_64 read;
  if (!(text >> read)) unreadable("état du générateur");
  e = read;
}

}  // namespace td4::tape
