--
-- PostgreSQL database dump
--


-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: authorships; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.authorships (
    publication_id text NOT NULL,
    "position" integer NOT NULL,
    name text NOT NULL,
    profile_id text
);


--
-- Name: profiles; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.profiles (
    id text NOT NULL,
    name text NOT NULL,
    status text NOT NULL,
    url text NOT NULL,
    roles jsonb NOT NULL,
    positions jsonb NOT NULL,
    research_topics jsonb NOT NULL,
    biography text,
    portrait_url text,
    publication_count integer NOT NULL,
    source_urls jsonb NOT NULL,
    crawled_at timestamp with time zone NOT NULL,
    content_hash text NOT NULL,
    active boolean NOT NULL,
    first_seen_at timestamp with time zone NOT NULL,
    last_seen_at timestamp with time zone NOT NULL,
    changed_at timestamp with time zone NOT NULL
);


--
-- Name: publication_profiles; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.publication_profiles (
    publication_id text NOT NULL,
    profile_id text NOT NULL,
    active boolean NOT NULL,
    first_seen_at timestamp with time zone NOT NULL,
    last_seen_at timestamp with time zone NOT NULL
);


--
-- Name: publications; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.publications (
    id text NOT NULL,
    title text NOT NULL,
    published text,
    published_year integer,
    abstract text,
    abstract_complete boolean NOT NULL,
    declared_author_count integer,
    authors_complete boolean NOT NULL,
    sightings integer NOT NULL,
    quality_flags jsonb NOT NULL,
    source_urls jsonb NOT NULL,
    content_hash text NOT NULL,
    active boolean NOT NULL,
    first_seen_at timestamp with time zone NOT NULL,
    last_seen_at timestamp with time zone NOT NULL,
    changed_at timestamp with time zone NOT NULL
);


--
-- Name: schema_version; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.schema_version (
    version integer NOT NULL,
    applied_at timestamp with time zone NOT NULL
);


--
-- Name: schema_version_version_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.schema_version_version_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: schema_version_version_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.schema_version_version_seq OWNED BY public.schema_version.version;


--
-- Name: supervision_links; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.supervision_links (
    profile_id text NOT NULL,
    relation text NOT NULL,
    "position" integer NOT NULL,
    name text,
    person_profile_id text,
    program text,
    institution text,
    role text
);


--
-- Name: schema_version version; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.schema_version ALTER COLUMN version SET DEFAULT nextval('public.schema_version_version_seq'::regclass);


--
-- Data for Name: authorships; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.authorships VALUES ('pub-02bf05ce7171c710', 1, 'Clara Weiß', 'mila:clara-weiss');
INSERT INTO public.authorships VALUES ('pub-02bf05ce7171c710', 2, 'Adam Khalil', NULL);
INSERT INTO public.authorships VALUES ('pub-02bf05ce7171c710', 3, 'Joaquín Herrera', 'mila:joaquin-herrera');
INSERT INTO public.authorships VALUES ('pub-02bf05ce7171c710', 4, 'Ahmed Ortega', NULL);
INSERT INTO public.authorships VALUES ('pub-07b4a433b8442794', 1, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-07b4a433b8442794', 2, '李明', 'mila:li-ming');
INSERT INTO public.authorships VALUES ('pub-07b4a433b8442794', 3, 'Tomás Aguirre-Salas', 'mila:tomas-aguirre-salas');
INSERT INTO public.authorships VALUES ('pub-07b4a433b8442794', 4, 'Zeynep Andersen', NULL);
INSERT INTO public.authorships VALUES ('pub-07b4a433b8442794', 5, 'Sara Lindgren', 'mila:sara-lindgren');
INSERT INTO public.authorships VALUES ('pub-0f56f903ef053792', 1, 'Jonas Becker', 'mila:jonas-becker');
INSERT INTO public.authorships VALUES ('pub-0f56f903ef053792', 2, 'Zoë Müller', 'mila:zoe-muller');
INSERT INTO public.authorships VALUES ('pub-0f56f903ef053792', 3, 'Valentina Kovač', NULL);
INSERT INTO public.authorships VALUES ('pub-0f56f903ef053792', 4, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-11a1b90ffa979ca9', 1, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-11a1b90ffa979ca9', 2, 'Alice Ricci', NULL);
INSERT INTO public.authorships VALUES ('pub-11a1b90ffa979ca9', 3, 'François Côté-Lévesque', 'mila:francois-cote-levesque');
INSERT INTO public.authorships VALUES ('pub-11a1b90ffa979ca9', 4, 'Bjørn Halvorsen', 'mila:bjorn-halvorsen');
INSERT INTO public.authorships VALUES ('pub-11e7527981e04e70', 1, 'Camille Dufresne', 'mila:camille-dufresne');
INSERT INTO public.authorships VALUES ('pub-11e7527981e04e70', 2, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-11e7527981e04e70', 3, 'Émile Fortin', 'mila:emile-fortin');
INSERT INTO public.authorships VALUES ('pub-11e7527981e04e70', 4, 'Tomás Aguirre-Salas', 'mila:tomas-aguirre-salas');
INSERT INTO public.authorships VALUES ('pub-11e7527981e04e70', 5, 'Nils Huang', NULL);
INSERT INTO public.authorships VALUES ('pub-11e7527981e04e70', 6, 'Samuel Okonkwo', 'mila:samuel-okonkwo');
INSERT INTO public.authorships VALUES ('pub-14b0ccf037ee8913', 1, '李明', 'mila:li-ming');
INSERT INTO public.authorships VALUES ('pub-14b0ccf037ee8913', 2, 'Laila Yilmaz', NULL);
INSERT INTO public.authorships VALUES ('pub-14b0ccf037ee8913', 3, 'Tariq Vargas', NULL);
INSERT INTO public.authorships VALUES ('pub-14b0ccf037ee8913', 4, 'Benoît Gagnon', 'mila:benoit-gagnon');
INSERT INTO public.authorships VALUES ('pub-14b0ccf037ee8913', 5, 'Valentina Pereira', NULL);
INSERT INTO public.authorships VALUES ('pub-14b0ccf037ee8913', 6, 'François Côté-Lévesque', 'mila:francois-cote-levesque');
INSERT INTO public.authorships VALUES ('pub-14b51c2f12433085', 1, 'Camille Dufresne', 'mila:camille-dufresne');
INSERT INTO public.authorships VALUES ('pub-14b51c2f12433085', 2, 'Zoë Müller', 'mila:zoe-muller');
INSERT INTO public.authorships VALUES ('pub-14b51c2f12433085', 3, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-14b51c2f12433085', 4, 'Elif Takahashi', NULL);
INSERT INTO public.authorships VALUES ('pub-14b51c2f12433085', 5, 'François Côté-Lévesque', 'mila:francois-cote-levesque');
INSERT INTO public.authorships VALUES ('pub-15be2d679796ebb7', 1, 'Bao Kim', NULL);
INSERT INTO public.authorships VALUES ('pub-15be2d679796ebb7', 2, 'Yuki Sato', 'mila:yuki-sato');
INSERT INTO public.authorships VALUES ('pub-15be2d679796ebb7', 3, 'Igor Eriksen', NULL);
INSERT INTO public.authorships VALUES ('pub-15be2d679796ebb7', 4, 'Daria Çelik', NULL);
INSERT INTO public.authorships VALUES ('pub-15be2d679796ebb7', 5, 'Carmen Zhang', NULL);
INSERT INTO public.authorships VALUES ('pub-15be2d679796ebb7', 6, 'Beatriz Demir', NULL);
INSERT INTO public.authorships VALUES ('pub-17016f84f89ede1c', 1, 'Fatima Zahra El Idrissi', 'mila:fatima-zahra-el-idrissi');
INSERT INTO public.authorships VALUES ('pub-17016f84f89ede1c', 2, 'David Petersen', NULL);
INSERT INTO public.authorships VALUES ('pub-17016f84f89ede1c', 3, 'Chiara Vogel', NULL);
INSERT INTO public.authorships VALUES ('pub-1b2648aafe94be93', 1, 'Sara Lindgren', 'mila:sara-lindgren');
INSERT INTO public.authorships VALUES ('pub-1b2648aafe94be93', 2, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-1b2648aafe94be93', 3, 'Ahmed Okafor', NULL);
INSERT INTO public.authorships VALUES ('pub-1b2648aafe94be93', 4, 'François Côté-Lévesque', 'mila:francois-cote-levesque');
INSERT INTO public.authorships VALUES ('pub-276d6504a3e3989b', 1, 'Malformed Cards', 'mila:malformed-cards');
INSERT INTO public.authorships VALUES ('pub-276d6504a3e3989b', 2, 'Adam Ortega', NULL);
INSERT INTO public.authorships VALUES ('pub-276d6504a3e3989b', 3, 'Priya Raghunathan', 'mila:priya-raghunathan');
INSERT INTO public.authorships VALUES ('pub-2dcf98b9fc697c69', 1, 'Amara Jansen', NULL);
INSERT INTO public.authorships VALUES ('pub-2dcf98b9fc697c69', 2, 'Karim Bošković', NULL);
INSERT INTO public.authorships VALUES ('pub-2dcf98b9fc697c69', 3, 'Mia Khalil', NULL);
INSERT INTO public.authorships VALUES ('pub-2dcf98b9fc697c69', 4, 'Malik Hansen', NULL);
INSERT INTO public.authorships VALUES ('pub-2dcf98b9fc697c69', 5, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-2dcf98b9fc697c69', 6, 'Simone Moreno', NULL);
INSERT INTO public.authorships VALUES ('pub-2dcf98b9fc697c69', 7, 'Erik Esposito', NULL);
INSERT INTO public.authorships VALUES ('pub-2dcf98b9fc697c69', 8, 'Isabel Okafor', NULL);
INSERT INTO public.authorships VALUES ('pub-2dcf98b9fc697c69', 9, 'Noor Kim', NULL);
INSERT INTO public.authorships VALUES ('pub-2dcf98b9fc697c69', 10, 'Camille Dufresne', 'mila:camille-dufresne');
INSERT INTO public.authorships VALUES ('pub-2dcf98b9fc697c69', 11, 'Igor Sánchez', NULL);
INSERT INTO public.authorships VALUES ('pub-2dcf98b9fc697c69', 12, 'Javier Kovač', NULL);
INSERT INTO public.authorships VALUES ('pub-2dcf98b9fc697c69', 13, 'Ahmed Kovač', NULL);
INSERT INTO public.authorships VALUES ('pub-2dcf98b9fc697c69', 14, 'David Lehmann', NULL);
INSERT INTO public.authorships VALUES ('pub-2dcf98b9fc697c69', 15, 'Jana Horvát', NULL);
INSERT INTO public.authorships VALUES ('pub-2dcf98b9fc697c69', 16, 'Nils Wójcik', NULL);
INSERT INTO public.authorships VALUES ('pub-2dcf98b9fc697c69', 17, 'Giulia Bošković', NULL);
INSERT INTO public.authorships VALUES ('pub-2dcf98b9fc697c69', 18, 'Ruben Toure', NULL);
INSERT INTO public.authorships VALUES ('pub-2fdb112ba714b6b5', 1, 'Hamza Demir', NULL);
INSERT INTO public.authorships VALUES ('pub-2fdb112ba714b6b5', 2, 'Rafael Gutiérrez', 'mila:rafael-gutierrez');
INSERT INTO public.authorships VALUES ('pub-3351cd35a1b2294f', 1, 'Malformed Cards', 'mila:malformed-cards');
INSERT INTO public.authorships VALUES ('pub-3351cd35a1b2294f', 2, 'Valentina Lopes', NULL);
INSERT INTO public.authorships VALUES ('pub-3351cd35a1b2294f', 3, 'Adam Fischer', NULL);
INSERT INTO public.authorships VALUES ('pub-3351cd35a1b2294f', 4, 'Amara Zhou', NULL);
INSERT INTO public.authorships VALUES ('pub-3351cd35a1b2294f', 5, 'Selin Ricci', NULL);
INSERT INTO public.authorships VALUES ('pub-3351cd35a1b2294f', 6, 'Daniel Greco', NULL);
INSERT INTO public.authorships VALUES ('pub-3374c6ffe06adb45', 1, 'Sakura Kim', NULL);
INSERT INTO public.authorships VALUES ('pub-3374c6ffe06adb45', 2, 'Selin Lehmann', NULL);
INSERT INTO public.authorships VALUES ('pub-3374c6ffe06adb45', 3, 'Andrés Lehmann', NULL);
INSERT INTO public.authorships VALUES ('pub-3374c6ffe06adb45', 4, 'Daniel Huang', NULL);
INSERT INTO public.authorships VALUES ('pub-3374c6ffe06adb45', 5, 'Selin Silva', NULL);
INSERT INTO public.authorships VALUES ('pub-3374c6ffe06adb45', 6, 'Ana Yilmaz', NULL);
INSERT INTO public.authorships VALUES ('pub-3374c6ffe06adb45', 7, 'Joana Rahman', NULL);
INSERT INTO public.authorships VALUES ('pub-3374c6ffe06adb45', 8, 'David Hakimi', NULL);
INSERT INTO public.authorships VALUES ('pub-3374c6ffe06adb45', 9, 'Teresa Fernández', NULL);
INSERT INTO public.authorships VALUES ('pub-3374c6ffe06adb45', 10, 'Luca Yamada', NULL);
INSERT INTO public.authorships VALUES ('pub-3374c6ffe06adb45', 11, 'Nils Zieliński', NULL);
INSERT INTO public.authorships VALUES ('pub-3374c6ffe06adb45', 12, 'Luca Greco', NULL);
INSERT INTO public.authorships VALUES ('pub-3374c6ffe06adb45', 13, 'Fatou Bošković', NULL);
INSERT INTO public.authorships VALUES ('pub-3374c6ffe06adb45', 14, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-3374c6ffe06adb45', 15, 'Chen Eriksen', NULL);
INSERT INTO public.authorships VALUES ('pub-3374c6ffe06adb45', 16, 'Paula Vargas', NULL);
INSERT INTO public.authorships VALUES ('pub-3374c6ffe06adb45', 17, 'Javier Moreno', NULL);
INSERT INTO public.authorships VALUES ('pub-3374c6ffe06adb45', 18, 'Mateus Oliveira', 'mila:mateus-oliveira');
INSERT INTO public.authorships VALUES ('pub-3374c6ffe06adb45', 19, 'Benoît Gagnon', 'mila:benoit-gagnon');
INSERT INTO public.authorships VALUES ('pub-3374c6ffe06adb45', 20, 'Yusuf Delgado', NULL);
INSERT INTO public.authorships VALUES ('pub-3afc7a546ce9840a', 1, 'Aisha Bello', 'mila:aisha-bello');
INSERT INTO public.authorships VALUES ('pub-3afc7a546ce9840a', 2, 'Fatou Eriksen', NULL);
INSERT INTO public.authorships VALUES ('pub-3afc7a546ce9840a', 3, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-3afc7a546ce9840a', 4, 'Amira Saleh', 'mila:amira-saleh');
INSERT INTO public.authorships VALUES ('pub-3e8b0198cc0bca9b', 1, 'Camille Dufresne', 'mila:camille-dufresne');
INSERT INTO public.authorships VALUES ('pub-3e8b0198cc0bca9b', 2, 'Yusuf Sánchez', NULL);
INSERT INTO public.authorships VALUES ('pub-3e8b0198cc0bca9b', 3, 'François Côté-Lévesque', 'mila:francois-cote-levesque');
INSERT INTO public.authorships VALUES ('pub-3e8b0198cc0bca9b', 4, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-3e8b0198cc0bca9b', 5, 'Mehdi Jansen', NULL);
INSERT INTO public.authorships VALUES ('pub-3e8b0198cc0bca9b', 6, 'Jonas Becker', 'mila:jonas-becker');
INSERT INTO public.authorships VALUES ('pub-4200e30d2ffd6632', 1, 'Javier Fontaine', NULL);
INSERT INTO public.authorships VALUES ('pub-4200e30d2ffd6632', 2, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-4200e30d2ffd6632', 3, 'François Côté-Lévesque', 'mila:francois-cote-levesque');
INSERT INTO public.authorships VALUES ('pub-4200e30d2ffd6632', 4, 'Samuel Okonkwo', 'mila:samuel-okonkwo');
INSERT INTO public.authorships VALUES ('pub-4439806897ba6ce2', 1, 'Zeynep Esposito', NULL);
INSERT INTO public.authorships VALUES ('pub-4439806897ba6ce2', 2, 'Chiara Jansen', NULL);
INSERT INTO public.authorships VALUES ('pub-4439806897ba6ce2', 3, 'Søren Yamada', NULL);
INSERT INTO public.authorships VALUES ('pub-4439806897ba6ce2', 4, '李明', 'mila:li-ming');
INSERT INTO public.authorships VALUES ('pub-4439806897ba6ce2', 5, 'Ruben Kovač', NULL);
INSERT INTO public.authorships VALUES ('pub-4e985f4ac25d5cc3', 1, 'Rania Jansen', NULL);
INSERT INTO public.authorships VALUES ('pub-4e985f4ac25d5cc3', 2, 'Inês Carvalho', 'mila:ines-carvalho');
INSERT INTO public.authorships VALUES ('pub-4e985f4ac25d5cc3', 3, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-4e985f4ac25d5cc3', 4, 'Mateus Oliveira', 'mila:mateus-oliveira');
INSERT INTO public.authorships VALUES ('pub-5211430f30677cc7', 1, 'Thomas Bergeron', 'mila:thomas-bergeron');
INSERT INTO public.authorships VALUES ('pub-5211430f30677cc7', 2, 'Elif Dąbrowski', NULL);
INSERT INTO public.authorships VALUES ('pub-5211430f30677cc7', 3, 'Camille Dufresne', 'mila:camille-dufresne');
INSERT INTO public.authorships VALUES ('pub-5211430f30677cc7', 4, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-5211430f30677cc7', 5, 'François Côté-Lévesque', 'mila:francois-cote-levesque');
INSERT INTO public.authorships VALUES ('pub-5211430f30677cc7', 6, 'Дмитрий Иванов', 'mila:dmitriy-ivanov');
INSERT INTO public.authorships VALUES ('pub-5288a757db07f89a', 1, 'Marta Wójcik', NULL);
INSERT INTO public.authorships VALUES ('pub-5288a757db07f89a', 2, 'Selin Fischer', NULL);
INSERT INTO public.authorships VALUES ('pub-5288a757db07f89a', 3, 'Pierre Silva', NULL);
INSERT INTO public.authorships VALUES ('pub-5288a757db07f89a', 4, 'Zeynep Marino', NULL);
INSERT INTO public.authorships VALUES ('pub-5288a757db07f89a', 5, 'Zeynep Schulz', NULL);
INSERT INTO public.authorships VALUES ('pub-5288a757db07f89a', 6, 'Igor Petersen', NULL);
INSERT INTO public.authorships VALUES ('pub-5288a757db07f89a', 7, 'Søren Rahman', NULL);
INSERT INTO public.authorships VALUES ('pub-5288a757db07f89a', 8, 'Renée Rahman', NULL);
INSERT INTO public.authorships VALUES ('pub-5288a757db07f89a', 9, 'Nils Castillo', NULL);
INSERT INTO public.authorships VALUES ('pub-5288a757db07f89a', 10, 'Yusuf Horvát', NULL);
INSERT INTO public.authorships VALUES ('pub-5288a757db07f89a', 11, 'Luca Huang', NULL);
INSERT INTO public.authorships VALUES ('pub-5288a757db07f89a', 12, 'Luca Hakimi', NULL);
INSERT INTO public.authorships VALUES ('pub-5288a757db07f89a', 13, 'Yara Esposito', NULL);
INSERT INTO public.authorships VALUES ('pub-5288a757db07f89a', 14, 'Étienne Marchand', 'mila:etienne-marchand');
INSERT INTO public.authorships VALUES ('pub-5288a757db07f89a', 15, 'Renée Huang', NULL);
INSERT INTO public.authorships VALUES ('pub-5288a757db07f89a', 16, 'Daria Dąbrowski', NULL);
INSERT INTO public.authorships VALUES ('pub-5288a757db07f89a', 17, 'Xin Pereira', NULL);
INSERT INTO public.authorships VALUES ('pub-5288a757db07f89a', 18, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-594140288a847dfb', 1, 'Sara Lindgren', 'mila:sara-lindgren');
INSERT INTO public.authorships VALUES ('pub-594140288a847dfb', 2, 'Amira Saleh', 'mila:amira-saleh');
INSERT INTO public.authorships VALUES ('pub-594140288a847dfb', 3, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-594140288a847dfb', 4, 'Marguerite Ouellet', 'mila:marguerite-ouellet');
INSERT INTO public.authorships VALUES ('pub-594140288a847dfb', 5, 'Mateus Oliveira', 'mila:mateus-oliveira');
INSERT INTO public.authorships VALUES ('pub-594140288a847dfb', 6, 'Daniel Esposito', NULL);
INSERT INTO public.authorships VALUES ('pub-59e192dfd9c4b340', 1, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-59e192dfd9c4b340', 2, 'Pierre Fontaine', NULL);
INSERT INTO public.authorships VALUES ('pub-59e192dfd9c4b340', 3, 'Camille Dufresne', 'mila:camille-dufresne');
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 1, 'Rahmad Mahendra', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 2, 'Damiano Spina', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 3, 'Lawrence Cavedon', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 4, 'Karin Verspoor', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 5, 'Zhangir Azerbayev', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 6, 'Hailey Schoelkopf', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 7, 'Keiran Paster', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 8, 'Marco Dos Santos', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 9, 'Stephen Marcus McAleer', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 10, 'Al-bert Q. Jiang', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 11, 'Jia Deng', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 12, 'Stella Biderman', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 13, 'Sean Welleck. 2024', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 14, 'Llemma', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 15, 'Taylor Berg-Kirkpatrick', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 16, 'Daniel Spokoyny. 2020', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 17, 'Samuel R. Bowman', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 18, 'Gabor Angeli', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 19, 'Christopher Potts', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 20, 'Christopher D. Manning. 2015', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 21, 'Tom Brown', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 22, 'Benjamin Mann', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 23, 'Nick Ryder', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 24, 'Melanie Subbiah', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 25, 'Jared Kaplan', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 26, 'Prafulla Dhariwal', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 27, 'Arvind Neelakantan', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 28, 'Pranav Shyam', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 29, 'Girish Sastry', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 30, 'Amanda Askell', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 31, 'Sandhini Agarwal', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 32, 'Ariel Herbert-Voss', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 33, 'Gretchen Krueger', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 34, 'T. Henighan', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 35, 'Rewon Child', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 36, 'Aditya Ramesh', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 37, 'Daniel M. Ziegler', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 38, 'Jeffrey Wu', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 39, 'Clemens Winter', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 40, 'Chris Hesse', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 41, 'Mark Chen', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 42, 'Eric Sigler', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 43, 'Ma-teusz Litwin', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 44, 'Scott Gray', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 45, 'Benjamin Chess', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 46, 'J. Clark', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 47, 'Christopher Berner', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 48, 'Sam McCandlish', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 49, 'Alec Radford', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 50, 'Ilya Sutskever', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 51, 'Dario Amodei. 2020', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 52, 'Samuel Cahyawijaya', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 53, 'Holy Lovenia', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 54, 'Alham Fikri Aji', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 55, 'Genta Indra Winata', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 56, 'Bryan Wilie', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 57, 'Fajri Koto', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 58, 'Christian Wibisono', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 59, 'Ade Romadhony', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 60, 'Karissa Vincentio', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 61, 'Jennifer Santoso', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 62, 'David Moel-jadi', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 63, 'Cahya Wirawan', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 64, 'Frederikus Hudi', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 65, 'Muham-mad Satrio Wicaksono', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 66, 'Ivan Halim Parmonangan', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 67, 'Ika Al-fina', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 68, 'Ilham Firdausi Putra', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 69, 'Samsul Rahmadani', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 70, 'Yulianti Oenang', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 71, 'Ali Akbar Septiandri', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 72, 'James Jaya', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 73, 'Kaustubh Dhole', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 74, 'Arie Suryani', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 75, 'Rifki Afina', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 76, 'Dan Putri', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 77, 'Keith Su', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 78, 'Made Nindyatama Stevens', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 79, 'Muhammad Nityasya', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 80, 'Ryan Adilazuarda', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 81, 'R. Hadiwijaya', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 82, 'Diandaru Tiezheng', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 83, 'Vito Yu', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 84, 'Wenliang Ghifari', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 85, 'Yan Dai', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 86, 'Xu Dyah', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 87, 'Haryo Damapuspita', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 88, 'Cuk Wibowo', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 89, 'Ich-wanul Tho', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 90, 'Karo Karo', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 91, 'T. Fatyanosa', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 92, 'Ziwei Ji', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 93, 'Graham Neubig', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 94, 'Timothy Baldwin', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 95, 'Zheng Cai', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 96, 'Maosong Cao', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 97, 'Haojiong Chen', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 98, 'Kai Chen', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 99, 'Keyu Chen', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 100, 'Xin Chen', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 101, 'Xun Chen', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 102, 'Ze-yu Chen', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 103, 'Zhi Chen', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 104, 'Pei Chu', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 105, 'Xiaoyi Dong', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 106, 'Haodong Duan', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 107, 'Qi Fan', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 108, 'Zhaoye Fei', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 109, 'Yan Gao', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 110, 'Jiaye Ge', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 111, 'Chenya Gu', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 112, 'Yuzhe Gu', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 113, 'Tao Gui', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 114, 'Aijia Guo', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 115, 'Qipeng Guo', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 116, 'Conghui He', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 117, 'Yingfan Hu', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 118, 'Ting Huang', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 119, 'T. Jiang', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 120, 'Penglong Jiao', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 121, 'Hongwei Liu', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 122, 'Jiangning Liu', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 123, 'Jiawei Hong', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 124, 'Kaiwen Liu', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 125, 'Kuikun Liu', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 126, 'Xiaoran Liu', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 127, 'Chen Lv', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 128, 'Haijun Lv', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 129, 'Kai Lv 0001', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 130, 'Li Ma', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 131, 'Runyuan Ma', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 132, 'Zerun Ma', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 133, 'Wenchang Ning', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 134, 'Linke Ouyang', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 135, 'Jiantao Qiu', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 136, 'Yuan Qu', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 137, 'Fukai Shang', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 138, 'Yunfan Shao', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 139, 'Hyung Won', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 140, 'Le Hou', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 141, 'Shayne Longpre', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 142, 'Barret Zoph', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 143, 'Yi Tay', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 144, 'William Fedus', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 145, 'Yunxuan Li', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 146, 'Xuezhi Wang', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 147, 'Mostafa Dehghani', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 148, 'Siddhartha Brahma', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 149, 'Alex Webson', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 150, 'Shixiang Shane', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 151, 'Zhuyun Gu', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 152, 'Menghua Dai', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 153, 'Xinyun Suzgun', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 154, 'Aakanksha Chen', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 155, 'Alex Chowdhery', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 156, 'Marie Castro-Ros', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 157, 'Kevin Pellat', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 158, 'Dasha Robinson', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 159, 'Sharan Valter', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 160, 'Gaurav Narang', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 161, 'Adams Mishra', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 162, 'Y. YuVincent', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 163, 'Yanping Zhao', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 164, 'Andrew Huang', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 165, 'Dai', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 166, 'Kevin Clark', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 167, 'Minh-Thang Luong', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 168, 'Quoc V. Le', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 169, 'Christopher D. Manning. 2020', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 170, 'Electra', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 171, 'Karl Cobbe', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 172, 'Vineet Kosaraju', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 173, 'Mo Bavarian', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 174, 'Heewoo Jun', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 175, 'Lukasz Kaiser', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 176, 'Matthias Plappert', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 177, 'Jerry Tworek', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 178, 'Jacob Hilton', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 179, 'Reiichiro Nakano', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 180, 'Xiao Bi', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 181, 'Deli Chen', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 182, 'Guanting Chen', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 183, 'Shanhuang Chen', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 184, 'Damai Dai', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 185, 'Cheng Deng', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 186, 'Honghui Ding', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 187, 'Kai Dong', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 188, 'Qiushi Du', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 189, 'Zhe Fu', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 190, 'Huazuo Gao', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 191, 'Kaige Gao', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 192, 'Wenjun Gao', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 193, 'Ruiqi Ge', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 194, 'Kang Guan', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 195, 'Daya Guo', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 196, 'Jianzhong Guo', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 197, 'Guangbo Hao', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 198, 'Zhewen Hao', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 199, 'Ying He', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 200, 'Panpan Wenjie Hu', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 201, 'Didem Foss', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 202, 'Dingkang Wang', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 203, 'Duc Le', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 204, 'Dustin Hol-land', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 205, 'Edward Dowling', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 206, 'Eissa Jamil', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 207, 'Elaine Mont-gomery', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 208, 'Eleonora Presani', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 209, 'Emily Hahn', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 210, 'Emily Wood', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 211, 'Erik Brinkman', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 212, 'Esteban Arcaute', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 213, 'Evan Dunbar', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 214, 'Evan Smothers', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 215, 'Fei Sun', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 216, 'Felix Kreuk', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 217, 'Feng Tian', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 218, 'Firat Ozgenel', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 219, 'Francesco Caggioni', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 220, 'F. Guzm’an', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 221, 'Frank J. Kanayet', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 222, 'Frank Seide', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 223, 'Gabriela Medina Florez', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 224, 'Gabriella Schwarz', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 225, 'Gada Badeer', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 226, 'Georgia Swee', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 227, 'Gil Halpern', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 228, 'G. Thattai', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 229, 'Grant Herman', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 230, 'G. Sizov', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 231, 'Guangyi Zhang', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 232, 'Guna Lakshmi-narayanan', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 233, 'Hamid Shojanazeri', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 234, 'Han Zou', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 235, 'Hannah Wang', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 236, 'Han Zha', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 237, 'Haroun Habeeb', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 238, 'Harrison Rudolph', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 239, 'Helen Suk', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 240, 'Henry Aspegren', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 241, 'Hunter Goldman', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 242, 'Igor Molybog', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 243, 'Igor Tufanov', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 244, 'Irina-Elena Veliche', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 245, 'Itai Gat', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 246, 'Jake Weissman', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 247, 'James Geboski', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 248, 'James Kohli', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 249, 'Japhet Asher', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 250, 'Jean-Baptiste Gaya', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 251, 'Jeff Marcus', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 252, 'Jeff Tang', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 253, 'Jennifer Chan', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 254, 'Jenny Zhen', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 255, 'Jeremy Reizen-stein', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 256, 'J. Teboul', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 257, 'Jessica Zhong', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 258, 'Jian Jin', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 259, 'Jingyi Yang', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 260, 'Joe Cummings', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 261, 'Jon Carvill', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 262, 'Jon Shepard', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 263, 'J. McPhie', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 264, 'Jonathan Torres', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 265, 'Josh Ginsburg', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 266, 'Junjie Wang', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 267, 'Kai Wu', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 268, 'U. KamHou', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 269, 'Karan Saxena', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 270, 'Karthik Prasad', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 271, 'Kartikay Khandelwal', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 272, 'Katayoun Zand', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 273, 'Kathy Matosich', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 274, 'Kaushik Veeraragha-van', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 275, 'Kelly Michelena', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 276, 'Keqian Li', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 277, 'Kun Huang', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 278, 'Kushal Chawla', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 279, 'Kushal Lakhotia', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 280, 'Kyle Huang', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 281, 'Lailin Chen', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 282, 'Lakshya Garg', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 283, 'A. Lavender', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 284, 'Leandro Silva', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 285, 'Lee Bell', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 286, 'Lei Zhang', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 287, 'Liangpeng Guo', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 288, 'Licheng Yu', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 289, 'Liron Moshkovich', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 290, 'Luca Wehrstedt', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 291, 'Madian Khabsa', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 292, 'Manav Avalani', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 293, 'Manish Bhatt', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 294, 'Maria Tsim-poukelli', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 295, 'Martynas Mankus', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 296, 'Matan Hasson', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 297, 'Matthias Lennie', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 298, 'Matthias Reso', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 299, 'Maxim Groshev', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 300, 'Maxim Naumov', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 301, 'Maya Lathi', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 302, 'Meghan Keneally', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 303, 'Michal Seltzer', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 304, 'Michal Valko', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 305, 'Michelle Restrepo', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 306, 'Mihir Patel', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 307, 'Mik Vyatskov', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 308, 'Mikayel Samvelyan', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 309, 'Mike Clark', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 310, 'Mike Macey', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 311, 'Mike Wang', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 312, 'Miquel Jubert', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 313, 'Mo Metanat', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 314, 'Mohammad Rastegari', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 315, 'Munish Bansal', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 316, 'Nandhini Santhanam', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 317, 'Natascha Parks', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 318, 'Natasha White', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 319, 'Navyata Bawa', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 320, 'Nayan Singhal', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 321, 'Nick Egebo', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 322, 'Nicolas Usunier', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 323, 'Nikolay Pavlovich', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 324, 'Laptev Ning', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 325, 'Ning Dong', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 326, 'Norman Zhang', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 327, 'Oleg Cheng', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 328, 'Olivia Chernoguz', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 329, 'Omkar Hart', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 330, 'Ozlem Salpekar', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 331, 'Parkin Kalinli', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 332, 'Parth Kent', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 333, 'Paul Parekh', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 334, 'Pa-van Saab', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 335, 'Pedro Balaji', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 336, 'Philip Rittner', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 337, 'Pierre Bontrager', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 338, 'Piotr Roux', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 339, 'Polina Dollár', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 340, 'P. Zvyagina', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 341, 'Pritish Yuvraj', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 342, 'Qian Liang', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 343, 'Rachad Alao', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 344, 'Rachel Rodriguez', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 345, 'Rafi Ayub', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 346, 'Raghotham Murthy', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 347, 'Raghu Nayani', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 348, 'Rahul Mitra', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 349, 'Rebekkah Hogan', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 350, 'Robin Battey', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 351, 'Rocky Wang', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 352, 'Rohan Mah-eswari', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 353, 'Russell Howes', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 354, 'Ruty Rinott', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 355, 'Sai Jayesh', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 356, 'Bondu Samyak', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 357, 'Sara Datta', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 358, 'Sara Chugh', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 359, 'Sargun Hunt', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 360, 'Sasha Dhillon', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 361, 'Satadru Sidorov', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 362, 'Saurabh Pan', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 363, 'Verma Seiji', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 364, 'Sharadh Yamamoto', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 365, 'Shaun Ramaswamy', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 366, 'Sheng Lind-say', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 367, 'Sheng Feng', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 368, 'Shengxin Cindy Lin', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 369, 'Shiva Zha', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 370, 'Shuqiang Shankar', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 371, 'Sinong Zhang', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 372, 'Wang Sneha', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 373, 'Soji Agarwal', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 374, 'Soumith Sajuyigbe', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 375, 'Chintala Stephanie', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 376, 'Stephen Max', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 377, 'Steve Chen', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 378, 'Steve Kehoe', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 379, 'Sudarshan Satterfield', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 380, 'S. Govindaprasad', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 381, 'Gupta Sung-Bae', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 382, 'Sunny Cho', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 383, 'Suraj Virk', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 384, 'Subramanian Sy', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 385, 'Sy Choudhury', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 386, 'Tal Goldman', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 387, 'T. Remez', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 388, 'Tamara Glaser', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 389, 'Thilo Best', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 390, 'Thomas Kohler', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 391, 'Tianhe Robinson', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 392, 'Tianjun Li', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 393, 'Tim Zhang', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 394, 'Tim Matthews', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 395, 'Tzook Chou', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 396, 'Varun Shaked', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 397, 'Victoria Vontimitta', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 398, 'Victoria Ajayi', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 399, 'Vijai Montanez', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 400, 'Vinay Satish Mohan', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 401, 'Vishal Kumar', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 402, 'Vlad Mangla', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 403, 'Ionescu', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 404, 'Vlad Andrei', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 405, 'V. Poenaru', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 406, 'Vlad T. Mihailescu', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 407, 'Wei Ivanov', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 408, 'Wenchen Li', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 409, 'Wen-wen Wang', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 410, 'Wes Jiang', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 411, 'Bouaziz', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 412, 'Yilin Zhang', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 413, 'Yossi Adi', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 414, 'Youngjin Nam', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 415, 'Yu Wang', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 416, 'Yuchen Hao', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 417, 'Yundi Qian', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 418, 'Yuzi He', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 419, 'Zach Rait', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 420, 'Zachary DeVito', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 421, 'Zef Rosnbrick', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 422, 'Zhaoduo Wen', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 423, 'Zhenyu Yang', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 424, 'Zhiwei Zhao. 2024', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 425, 'The Llama', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 426, 'Gemma Team', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 427, 'Cassidy Hardin', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 428, 'Robert Dadashi', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 429, 'Surya Bhupatiraju', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 430, 'Shreya Pathak', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 431, 'L. Sifre', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 432, 'Morgane Rivière', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 433, 'Mihir Kale', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 434, 'Pouya Christo-pher Love', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 435, 'Dehghani Tafti', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 436, 'L''eonard Hussenot', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 437, 'Aakanksha Chowdhery', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 438, 'Adam Roberts', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 439, 'Aditya Barua', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 440, 'Alex Botev', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 441, 'Alex Castro-Ros', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 442, 'Ambrose Slone', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 443, 'Amélie Héliou', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 444, 'A. Tacchetti', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 445, 'Anna Bulanova', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 446, 'Antonia Paterson', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 447, 'Beth Tsai', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 448, 'Bobak Shahriari', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 449, 'Le Lan', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 450, 'Christopher A. Choquette-Choo', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 451, 'Clé-ment Crepy', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 452, 'Daniel Matthew Cer', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 453, 'Daphne Ippolito', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 454, 'David Reid', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 455, 'Elena Buchatskaya', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 456, 'Eric Ni', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 457, 'Eric Noland', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 458, 'Geng Yan', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 459, 'George Tucker', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 460, 'George-Christian Muraru', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 461, 'Grigory Rozhdestvenskiy', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 462, 'Henryk Michalewski', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 463, 'Ian Ten-ney', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 464, 'Ivan Grishchenko', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 465, 'Jacob Austin', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 466, 'James Keel-ing', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 467, 'Jane Labanowski', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 468, 'Jean-Baptiste Lespiau', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 469, 'Jeff Stanway', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 470, 'Jenny Brennan', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 471, 'Jeremy Chen', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 472, 'Johan Fer-ret', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 473, 'Justin Chiu', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 474, 'Justin Mao-jones', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 475, 'Kather-ine Lee', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 476, 'Kathy Yu', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 477, 'Katie Millican', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 478, 'Lars Lowe Sjoesund', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 479, 'Lisa Lee', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 480, 'Lucas Dixon', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 481, 'Machel Reid', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 482, 'Maciej Mikuła', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 483, 'Mateo Wirth', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 484, 'Michael Sharman', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 485, 'Nikolai Chinaev', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 486, 'Nithum Thain', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 487, 'Olivier Bachem', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 488, 'Oscar Chang', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 489, 'O. Wahltinez', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 490, 'Paige Bailey', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 491, 'Paul Michel', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 492, 'Petko Yotov Pier', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 493, 'Giuseppe Sessa', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 494, 'Rahma Chaabouni', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 495, 'Ramona Comanescu', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 496, 'Reena Jana', NULL);
INSERT INTO public.authorships VALUES ('pub-5b6915108f9cc8c1', 497, 'Rohan Anil', NULL);
INSERT INTO public.authorships VALUES ('pub-5ba1baac311befe2', 1, 'Chen Hakimi', NULL);
INSERT INTO public.authorships VALUES ('pub-5ba1baac311befe2', 2, 'Hana Esposito', NULL);
INSERT INTO public.authorships VALUES ('pub-5ba1baac311befe2', 3, 'Mia Kim', NULL);
INSERT INTO public.authorships VALUES ('pub-5ba1baac311befe2', 4, 'Renée Fernández', NULL);
INSERT INTO public.authorships VALUES ('pub-5ba1baac311befe2', 5, 'Ravi Shankar Iyer', 'mila:ravi-shankar-iyer');
INSERT INTO public.authorships VALUES ('pub-5ba1baac311befe2', 6, 'Malformed Cards', 'mila:malformed-cards');
INSERT INTO public.authorships VALUES ('pub-5e896a7a0250ce46', 1, 'Noah Tremblay-Roy', 'mila:noah-tremblay-roy');
INSERT INTO public.authorships VALUES ('pub-5e896a7a0250ce46', 2, 'Mohammed Al-Amin', 'mila:mohammed-al-amin');
INSERT INTO public.authorships VALUES ('pub-5e896a7a0250ce46', 3, 'Henrik Lindqvist', 'mila:henrik-lindqvist');
INSERT INTO public.authorships VALUES ('pub-5e896a7a0250ce46', 4, 'Jean-Philippe Lemaire', NULL);
INSERT INTO public.authorships VALUES ('pub-5f4c93ce48d0bb5a', 1, 'Samuel Okonkwo', 'mila:samuel-okonkwo');
INSERT INTO public.authorships VALUES ('pub-5f4c93ce48d0bb5a', 2, 'Selin Okafor', NULL);
INSERT INTO public.authorships VALUES ('pub-5f4c93ce48d0bb5a', 3, 'Arjun Mehta', 'mila:arjun-mehta');
INSERT INTO public.authorships VALUES ('pub-5f4c93ce48d0bb5a', 4, 'Zoë Müller', 'mila:zoe-muller');
INSERT INTO public.authorships VALUES ('pub-5f5d59c89e79c578', 1, 'Teresa Ricci', NULL);
INSERT INTO public.authorships VALUES ('pub-5f5d59c89e79c578', 2, 'Søren Brandt', NULL);
INSERT INTO public.authorships VALUES ('pub-5f5d59c89e79c578', 3, 'Agnieszka Silva', NULL);
INSERT INTO public.authorships VALUES ('pub-5f5d59c89e79c578', 4, 'Leila Eriksen', NULL);
INSERT INTO public.authorships VALUES ('pub-5f5d59c89e79c578', 5, 'Nils Esposito', NULL);
INSERT INTO public.authorships VALUES ('pub-5f5d59c89e79c578', 6, 'Selin Larsen', NULL);
INSERT INTO public.authorships VALUES ('pub-5f5d59c89e79c578', 7, 'Elif Ortega', NULL);
INSERT INTO public.authorships VALUES ('pub-5f5d59c89e79c578', 8, 'Daniel Schulz', NULL);
INSERT INTO public.authorships VALUES ('pub-5f5d59c89e79c578', 9, 'Ilse Mendes', NULL);
INSERT INTO public.authorships VALUES ('pub-5f5d59c89e79c578', 10, 'Elif García', NULL);
INSERT INTO public.authorships VALUES ('pub-5f5d59c89e79c578', 11, 'Daria Brandt', NULL);
INSERT INTO public.authorships VALUES ('pub-5f5d59c89e79c578', 12, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-5f5d59c89e79c578', 13, 'Amara Abadi', NULL);
INSERT INTO public.authorships VALUES ('pub-5f5d59c89e79c578', 14, 'Elif Wójcik', NULL);
INSERT INTO public.authorships VALUES ('pub-5f5d59c89e79c578', 15, 'Ana Huang', NULL);
INSERT INTO public.authorships VALUES ('pub-5f5d59c89e79c578', 16, 'Søren García', NULL);
INSERT INTO public.authorships VALUES ('pub-5f5d59c89e79c578', 17, 'Magnus Fischer', NULL);
INSERT INTO public.authorships VALUES ('pub-5f5d59c89e79c578', 18, 'Alice Rahman', NULL);
INSERT INTO public.authorships VALUES ('pub-5f5d59c89e79c578', 19, 'Felipe Brandt', NULL);
INSERT INTO public.authorships VALUES ('pub-5f5d59c89e79c578', 20, 'Camille Dufresne', 'mila:camille-dufresne');
INSERT INTO public.authorships VALUES ('pub-5f5d59c89e79c578', 21, 'Alice Zieliński', NULL);
INSERT INTO public.authorships VALUES ('pub-62ee0d51140543df', 1, 'Andrés Zieliński', NULL);
INSERT INTO public.authorships VALUES ('pub-62ee0d51140543df', 2, 'Benoît Gagnon', 'mila:benoit-gagnon');
INSERT INTO public.authorships VALUES ('pub-62ee0d51140543df', 3, 'Noah Tremblay-Roy', 'mila:noah-tremblay-roy');
INSERT INTO public.authorships VALUES ('pub-63d841d6413b42b7', 1, 'Hyun-woo Park', 'mila:hyun-woo-park');
INSERT INTO public.authorships VALUES ('pub-63d841d6413b42b7', 2, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-63d841d6413b42b7', 3, 'Elif Kaur', NULL);
INSERT INTO public.authorships VALUES ('pub-6408e354bd4a8ad3', 1, 'Felipe Hansen', NULL);
INSERT INTO public.authorships VALUES ('pub-6408e354bd4a8ad3', 2, 'Clara Weiß', 'mila:clara-weiss');
INSERT INTO public.authorships VALUES ('pub-6408e354bd4a8ad3', 3, 'Samuel Okonkwo', 'mila:samuel-okonkwo');
INSERT INTO public.authorships VALUES ('pub-6408e354bd4a8ad3', 4, 'Arjun Mehta', 'mila:arjun-mehta');
INSERT INTO public.authorships VALUES ('pub-65339ae8d23b24dd', 1, 'Giulia Suzuki', NULL);
INSERT INTO public.authorships VALUES ('pub-65339ae8d23b24dd', 2, 'Selin Esposito', NULL);
INSERT INTO public.authorships VALUES ('pub-65339ae8d23b24dd', 3, 'Ngozi Eze', 'mila:ngozi-eze');
INSERT INTO public.authorships VALUES ('pub-65339ae8d23b24dd', 4, 'Zoltán Fontaine', NULL);
INSERT INTO public.authorships VALUES ('pub-65339ae8d23b24dd', 5, 'Noor Kovač', NULL);
INSERT INTO public.authorships VALUES ('pub-65339ae8d23b24dd', 6, 'Sakura Dąbrowski', NULL);
INSERT INTO public.authorships VALUES ('pub-65339ae8d23b24dd', 7, 'Søren Hakimi', NULL);
INSERT INTO public.authorships VALUES ('pub-65339ae8d23b24dd', 8, 'François Côté-Lévesque', 'mila:francois-cote-levesque');
INSERT INTO public.authorships VALUES ('pub-65339ae8d23b24dd', 9, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-65339ae8d23b24dd', 10, 'Mateus Oliveira', 'mila:mateus-oliveira');
INSERT INTO public.authorships VALUES ('pub-65339ae8d23b24dd', 11, 'Javier Silva', NULL);
INSERT INTO public.authorships VALUES ('pub-65339ae8d23b24dd', 12, 'Omar Moreno', NULL);
INSERT INTO public.authorships VALUES ('pub-65339ae8d23b24dd', 13, 'Samuel Okonkwo', 'mila:samuel-okonkwo');
INSERT INTO public.authorships VALUES ('pub-65339ae8d23b24dd', 14, 'Katarzyna Zieliński', NULL);
INSERT INTO public.authorships VALUES ('pub-691fa04cb8d37070', 1, 'Rafael Gutiérrez', 'mila:rafael-gutierrez');
INSERT INTO public.authorships VALUES ('pub-691fa04cb8d37070', 2, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-691fa04cb8d37070', 3, 'Zeynep Moreno', NULL);
INSERT INTO public.authorships VALUES ('pub-6a7c2d4b701256d3', 1, 'Matteo Rossi', NULL);
INSERT INTO public.authorships VALUES ('pub-6a7c2d4b701256d3', 2, 'Mehdi Bauer', NULL);
INSERT INTO public.authorships VALUES ('pub-6a7c2d4b701256d3', 3, 'Malik Demir', NULL);
INSERT INTO public.authorships VALUES ('pub-6a7c2d4b701256d3', 4, 'Yara Sokolov', NULL);
INSERT INTO public.authorships VALUES ('pub-6a7c2d4b701256d3', 5, 'Lina Haddad-Khoury', 'mila:lina-haddad-khoury');
INSERT INTO public.authorships VALUES ('pub-6a7c2d4b701256d3', 6, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-6a7c2d4b701256d3', 7, 'Yara Jansen', NULL);
INSERT INTO public.authorships VALUES ('pub-6a7c2d4b701256d3', 8, 'Viktor Yamada', NULL);
INSERT INTO public.authorships VALUES ('pub-6a7c2d4b701256d3', 9, 'Jana Fischer', NULL);
INSERT INTO public.authorships VALUES ('pub-71d48cdaf607bc89', 1, 'Chloé Lefebvre', 'mila:chloe-lefebvre');
INSERT INTO public.authorships VALUES ('pub-71d48cdaf607bc89', 2, 'Noor Zhang', NULL);
INSERT INTO public.authorships VALUES ('pub-71d48cdaf607bc89', 3, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-71d48cdaf607bc89', 4, 'François Côté-Lévesque', 'mila:francois-cote-levesque');
INSERT INTO public.authorships VALUES ('pub-71d48cdaf607bc89', 5, 'Jonas Becker', 'mila:jonas-becker');
INSERT INTO public.authorships VALUES ('pub-71d48cdaf607bc89', 6, 'Marguerite Ouellet', 'mila:marguerite-ouellet');
INSERT INTO public.authorships VALUES ('pub-7226c6e237c91aca', 1, 'Félix Bouchard', 'mila:felix-bouchard');
INSERT INTO public.authorships VALUES ('pub-7226c6e237c91aca', 2, 'Zoltán Hakimi', NULL);
INSERT INTO public.authorships VALUES ('pub-7226c6e237c91aca', 3, 'Chiara Suzuki', NULL);
INSERT INTO public.authorships VALUES ('pub-7226c6e237c91aca', 4, 'Zoltán Bošković', NULL);
INSERT INTO public.authorships VALUES ('pub-79c4275982779118', 1, 'Sakura Brandt', NULL);
INSERT INTO public.authorships VALUES ('pub-79c4275982779118', 2, 'Anaïs Caron', 'mila:anais-caron');
INSERT INTO public.authorships VALUES ('pub-79c4275982779118', 3, 'Inès Benali', 'mila:ines-benali');
INSERT INTO public.authorships VALUES ('pub-79c4275982779118', 4, 'Ruben Brandt', NULL);
INSERT INTO public.authorships VALUES ('pub-79c4275982779118', 5, 'Aisha Bello', 'mila:aisha-bello');
INSERT INTO public.authorships VALUES ('pub-79c4275982779118', 6, 'Andrés Rossi', NULL);
INSERT INTO public.authorships VALUES ('pub-7a0cfe862bd28739', 1, 'Zoë Müller', 'mila:zoe-muller');
INSERT INTO public.authorships VALUES ('pub-7a0cfe862bd28739', 2, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-7a0cfe862bd28739', 3, 'Camille Dufresne', 'mila:camille-dufresne');
INSERT INTO public.authorships VALUES ('pub-7a0cfe862bd28739', 4, 'Mathieu Gauthier', 'mila:mathieu-gauthier');
INSERT INTO public.authorships VALUES ('pub-7a0cfe862bd28739', 5, 'Wei Khalil', NULL);
INSERT INTO public.authorships VALUES ('pub-7bd299d1d3c3bdb7', 1, 'Giulia Eriksen', NULL);
INSERT INTO public.authorships VALUES ('pub-7bd299d1d3c3bdb7', 2, 'Samuel Okonkwo', 'mila:samuel-okonkwo');
INSERT INTO public.authorships VALUES ('pub-7bd299d1d3c3bdb7', 3, 'Olga Petrova', 'mila:olga-petrova');
INSERT INTO public.authorships VALUES ('pub-7bd299d1d3c3bdb7', 4, 'Lucas Moreau', 'mila:lucas-moreau');
INSERT INTO public.authorships VALUES ('pub-7bd299d1d3c3bdb7', 5, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-7bd299d1d3c3bdb7', 6, 'François Côté-Lévesque', 'mila:francois-cote-levesque');
INSERT INTO public.authorships VALUES ('pub-7da1ffc64ccaa77a', 1, 'Paula Ortega', NULL);
INSERT INTO public.authorships VALUES ('pub-7da1ffc64ccaa77a', 2, 'Malformed Cards', 'mila:malformed-cards');
INSERT INTO public.authorships VALUES ('pub-7da1ffc64ccaa77a', 3, 'Igor Sokolov', NULL);
INSERT INTO public.authorships VALUES ('pub-7da1ffc64ccaa77a', 4, 'Hana Suzuki', NULL);
INSERT INTO public.authorships VALUES ('pub-7da1ffc64ccaa77a', 5, 'Omar Khalil', NULL);
INSERT INTO public.authorships VALUES ('pub-7da1ffc64ccaa77a', 6, 'Marta Ricci', NULL);
INSERT INTO public.authorships VALUES ('pub-7da1ffc64ccaa77a', 7, 'Nils Jansen', NULL);
INSERT INTO public.authorships VALUES ('pub-7da1ffc64ccaa77a', 8, 'Chen Huang', NULL);
INSERT INTO public.authorships VALUES ('pub-7da1ffc64ccaa77a', 9, 'Daria Kovač', NULL);
INSERT INTO public.authorships VALUES ('pub-7da1ffc64ccaa77a', 10, 'Elif Demir', NULL);
INSERT INTO public.authorships VALUES ('pub-7da1ffc64ccaa77a', 11, 'Ruben Mendes', NULL);
INSERT INTO public.authorships VALUES ('pub-7dada7d6c895fd1c', 1, 'Émile Fortin', 'mila:emile-fortin');
INSERT INTO public.authorships VALUES ('pub-7dada7d6c895fd1c', 2, 'Elif Suzuki', NULL);
INSERT INTO public.authorships VALUES ('pub-7dada7d6c895fd1c', 3, 'Amara Andersen', NULL);
INSERT INTO public.authorships VALUES ('pub-7dada7d6c895fd1c', 4, 'Selin Pereira', NULL);
INSERT INTO public.authorships VALUES ('pub-7dada7d6c895fd1c', 5, 'Tobias Hansen', NULL);
INSERT INTO public.authorships VALUES ('pub-7dada7d6c895fd1c', 6, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-7dada7d6c895fd1c', 7, 'Tariq Kovač', NULL);
INSERT INTO public.authorships VALUES ('pub-7dada7d6c895fd1c', 8, 'Priya Raghunathan', 'mila:priya-raghunathan');
INSERT INTO public.authorships VALUES ('pub-7dada7d6c895fd1c', 9, 'Rania Sokolov', NULL);
INSERT INTO public.authorships VALUES ('pub-7dada7d6c895fd1c', 10, 'Hana Greco', NULL);
INSERT INTO public.authorships VALUES ('pub-7dada7d6c895fd1c', 11, 'Felipe Rahman', NULL);
INSERT INTO public.authorships VALUES ('pub-7dada7d6c895fd1c', 12, 'Lorenzo Kurt', NULL);
INSERT INTO public.authorships VALUES ('pub-7dada7d6c895fd1c', 13, 'Noor Nowicki', NULL);
INSERT INTO public.authorships VALUES ('pub-7dada7d6c895fd1c', 14, 'Jakub Silva', NULL);
INSERT INTO public.authorships VALUES ('pub-7dada7d6c895fd1c', 15, 'Søren Hansen', NULL);
INSERT INTO public.authorships VALUES ('pub-7dada7d6c895fd1c', 16, 'Simone Sokolov', NULL);
INSERT INTO public.authorships VALUES ('pub-7dada7d6c895fd1c', 17, 'Viktor Fischer', NULL);
INSERT INTO public.authorships VALUES ('pub-82dba23c6f0b50be', 1, 'Priya Raghunathan', 'mila:priya-raghunathan');
INSERT INTO public.authorships VALUES ('pub-82dba23c6f0b50be', 2, 'Noor Zhou', NULL);
INSERT INTO public.authorships VALUES ('pub-82dba23c6f0b50be', 3, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-82dba23c6f0b50be', 4, 'Émile Fortin', 'mila:emile-fortin');
INSERT INTO public.authorships VALUES ('pub-82dba23c6f0b50be', 5, 'Hannah Kowalski', 'mila:hannah-kowalski');
INSERT INTO public.authorships VALUES ('pub-838790c538be1503', 1, 'Jonas Becker', 'mila:jonas-becker');
INSERT INTO public.authorships VALUES ('pub-838790c538be1503', 2, 'Ngozi Eze', 'mila:ngozi-eze');
INSERT INTO public.authorships VALUES ('pub-838790c538be1503', 3, 'Inès Benali', 'mila:ines-benali');
INSERT INTO public.authorships VALUES ('pub-838790c538be1503', 4, 'Yusuf Fischer', NULL);
INSERT INTO public.authorships VALUES ('pub-838790c538be1503', 5, 'Zoë Müller', 'mila:zoe-muller');
INSERT INTO public.authorships VALUES ('pub-838790c538be1503', 6, 'François Côté-Lévesque', 'mila:francois-cote-levesque');
INSERT INTO public.authorships VALUES ('pub-838790c538be1503', 7, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-83a5f193b7bb37b4', 1, 'Hana Lehmann', NULL);
INSERT INTO public.authorships VALUES ('pub-83a5f193b7bb37b4', 2, '李明', 'mila:li-ming');
INSERT INTO public.authorships VALUES ('pub-83a5f193b7bb37b4', 3, 'Zoltán Demir', NULL);
INSERT INTO public.authorships VALUES ('pub-83a5f193b7bb37b4', 4, 'Yusuf Castillo', NULL);
INSERT INTO public.authorships VALUES ('pub-83a5f193b7bb37b4', 5, 'Chiara Zieliński', NULL);
INSERT INTO public.authorships VALUES ('pub-83a5f193b7bb37b4', 6, 'Mateus Oliveira', 'mila:mateus-oliveira');
INSERT INTO public.authorships VALUES ('pub-8593d01e6c56198c', 1, 'Fatima Zahra El Idrissi', 'mila:fatima-zahra-el-idrissi');
INSERT INTO public.authorships VALUES ('pub-8593d01e6c56198c', 2, 'Laila Fischer', NULL);
INSERT INTO public.authorships VALUES ('pub-8593d01e6c56198c', 3, 'François Côté-Lévesque', 'mila:francois-cote-levesque');
INSERT INTO public.authorships VALUES ('pub-97e744c2bd66f369', 1, 'Chloé Lefebvre', 'mila:chloe-lefebvre');
INSERT INTO public.authorships VALUES ('pub-97e744c2bd66f369', 2, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-97e744c2bd66f369', 3, 'Søren Demir', NULL);
INSERT INTO public.authorships VALUES ('pub-97e744c2bd66f369', 4, 'Noah Tremblay-Roy', 'mila:noah-tremblay-roy');
INSERT INTO public.authorships VALUES ('pub-97e744c2bd66f369', 5, 'Émile Fortin', 'mila:emile-fortin');
INSERT INTO public.authorships VALUES ('pub-9de566b5611b5f61', 1, 'Nils Ricci', NULL);
INSERT INTO public.authorships VALUES ('pub-9de566b5611b5f61', 2, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-9de566b5611b5f61', 3, 'Samuel Okonkwo', 'mila:samuel-okonkwo');
INSERT INTO public.authorships VALUES ('pub-9de566b5611b5f61', 4, 'Emilia Castillo', NULL);
INSERT INTO public.authorships VALUES ('pub-9de566b5611b5f61', 5, 'Daniel Bauer', NULL);
INSERT INTO public.authorships VALUES ('pub-9de566b5611b5f61', 6, 'Olivier St-Pierre', 'mila:olivier-st-pierre');
INSERT INTO public.authorships VALUES ('pub-a02a75d102cade60', 1, 'Andrés Brandt', NULL);
INSERT INTO public.authorships VALUES ('pub-a02a75d102cade60', 2, 'Nikolai Sorokin', 'mila:nikolai-sorokin');
INSERT INTO public.authorships VALUES ('pub-a02a75d102cade60', 3, 'Étienne Marchand', 'mila:etienne-marchand');
INSERT INTO public.authorships VALUES ('pub-a0694ff80c22aa8b', 1, 'Kofi Asante', 'mila:kofi-asante');
INSERT INTO public.authorships VALUES ('pub-a0694ff80c22aa8b', 2, 'Carmen Larsen', NULL);
INSERT INTO public.authorships VALUES ('pub-a0694ff80c22aa8b', 3, 'Thomas Bergeron', 'mila:thomas-bergeron');
INSERT INTO public.authorships VALUES ('pub-a0694ff80c22aa8b', 4, 'Daria Abadi', NULL);
INSERT INTO public.authorships VALUES ('pub-a0694ff80c22aa8b', 5, 'Hannah Kowalski', 'mila:hannah-kowalski');
INSERT INTO public.authorships VALUES ('pub-a096078c4e8c5fb2', 1, 'Agnieszka Zhang', NULL);
INSERT INTO public.authorships VALUES ('pub-a096078c4e8c5fb2', 2, '田中 花子', 'mila:tanaka-hanako');
INSERT INTO public.authorships VALUES ('pub-a096078c4e8c5fb2', 3, 'Diego Ramírez', 'mila:diego-ramirez');
INSERT INTO public.authorships VALUES ('pub-a096078c4e8c5fb2', 4, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-a096078c4e8c5fb2', 5, 'Zeynep Sánchez', NULL);
INSERT INTO public.authorships VALUES ('pub-a82d1d619a6a0ffb', 1, 'François Côté-Lévesque', 'mila:francois-cote-levesque');
INSERT INTO public.authorships VALUES ('pub-a82d1d619a6a0ffb', 2, 'Lina Haddad-Khoury', 'mila:lina-haddad-khoury');
INSERT INTO public.authorships VALUES ('pub-a82d1d619a6a0ffb', 3, 'Pierre Wójcik', NULL);
INSERT INTO public.authorships VALUES ('pub-a82d1d619a6a0ffb', 4, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-a82d1d619a6a0ffb', 5, 'Alessandro Mendes', NULL);
INSERT INTO public.authorships VALUES ('pub-aff845cac4f64653', 1, 'Hannah Kowalski', 'mila:hannah-kowalski');
INSERT INTO public.authorships VALUES ('pub-aff845cac4f64653', 2, 'Nadia Haddad', 'mila:nadia-haddad');
INSERT INTO public.authorships VALUES ('pub-aff845cac4f64653', 3, 'Malik Vargas', NULL);
INSERT INTO public.authorships VALUES ('pub-aff845cac4f64653', 4, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-aff845cac4f64653', 5, 'Camille Dufresne', 'mila:camille-dufresne');
INSERT INTO public.authorships VALUES ('pub-aff845cac4f64653', 6, 'Giulia García', NULL);
INSERT INTO public.authorships VALUES ('pub-b19ea192b6a28bf1', 1, 'Noah Tremblay-Roy', 'mila:noah-tremblay-roy');
INSERT INTO public.authorships VALUES ('pub-b19ea192b6a28bf1', 2, 'Zoë Müller', 'mila:zoe-muller');
INSERT INTO public.authorships VALUES ('pub-b19ea192b6a28bf1', 3, 'Carmen Mendes', NULL);
INSERT INTO public.authorships VALUES ('pub-b3fc6e9399d02bcd', 1, 'Jonas Becker', 'mila:jonas-becker');
INSERT INTO public.authorships VALUES ('pub-b3fc6e9399d02bcd', 2, 'Renée Bošković', NULL);
INSERT INTO public.authorships VALUES ('pub-b3fc6e9399d02bcd', 3, 'Camille Dufresne', 'mila:camille-dufresne');
INSERT INTO public.authorships VALUES ('pub-b704472c77e28e51', 1, 'Igor Dąbrowski', NULL);
INSERT INTO public.authorships VALUES ('pub-b704472c77e28e51', 2, 'Hamza Bošković', NULL);
INSERT INTO public.authorships VALUES ('pub-b704472c77e28e51', 3, 'Ruben Mendes', NULL);
INSERT INTO public.authorships VALUES ('pub-b704472c77e28e51', 4, 'David Zhou', NULL);
INSERT INTO public.authorships VALUES ('pub-b704472c77e28e51', 5, 'Ilse Petersen', NULL);
INSERT INTO public.authorships VALUES ('pub-b704472c77e28e51', 6, 'Jin Marino', NULL);
INSERT INTO public.authorships VALUES ('pub-b704472c77e28e51', 7, 'Giulia Nakamura', NULL);
INSERT INTO public.authorships VALUES ('pub-b704472c77e28e51', 8, 'Félix Bouchard', 'mila:felix-bouchard');
INSERT INTO public.authorships VALUES ('pub-b704472c77e28e51', 9, 'Mateus Oliveira', 'mila:mateus-oliveira');
INSERT INTO public.authorships VALUES ('pub-b704472c77e28e51', 10, 'Renée Rossi', NULL);
INSERT INTO public.authorships VALUES ('pub-b704472c77e28e51', 11, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-b704472c77e28e51', 12, 'Amira Saleh', 'mila:amira-saleh');
INSERT INTO public.authorships VALUES ('pub-b704472c77e28e51', 13, 'Pierre Schulz', NULL);
INSERT INTO public.authorships VALUES ('pub-b704472c77e28e51', 14, 'Elif Zhou', NULL);
INSERT INTO public.authorships VALUES ('pub-b704472c77e28e51', 15, 'Alice Quintero', NULL);
INSERT INTO public.authorships VALUES ('pub-b704472c77e28e51', 16, 'Matteo Castillo', NULL);
INSERT INTO public.authorships VALUES ('pub-b704472c77e28e51', 17, 'David Quintero', NULL);
INSERT INTO public.authorships VALUES ('pub-ba6e7e21b2515533', 1, 'Elif Nowicki', NULL);
INSERT INTO public.authorships VALUES ('pub-ba6e7e21b2515533', 2, 'Zoë Müller', 'mila:zoe-muller');
INSERT INTO public.authorships VALUES ('pub-ba6e7e21b2515533', 3, 'Jonas Becker', 'mila:jonas-becker');
INSERT INTO public.authorships VALUES ('pub-ba6e7e21b2515533', 4, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-bc09842561a32a2d', 1, 'Zeynep Kurt', NULL);
INSERT INTO public.authorships VALUES ('pub-bc09842561a32a2d', 2, 'Chloé Lefebvre', 'mila:chloe-lefebvre');
INSERT INTO public.authorships VALUES ('pub-bc09842561a32a2d', 3, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-bc09842561a32a2d', 4, 'Mateus Oliveira', 'mila:mateus-oliveira');
INSERT INTO public.authorships VALUES ('pub-bc09842561a32a2d', 5, 'Thomas Bergeron', 'mila:thomas-bergeron');
INSERT INTO public.authorships VALUES ('pub-bc94aee0d26f371c', 1, 'Bilal García', NULL);
INSERT INTO public.authorships VALUES ('pub-bc94aee0d26f371c', 2, 'Inès Benali', 'mila:ines-benali');
INSERT INTO public.authorships VALUES ('pub-bc94aee0d26f371c', 3, 'François Côté-Lévesque', 'mila:francois-cote-levesque');
INSERT INTO public.authorships VALUES ('pub-bc94aee0d26f371c', 4, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-bd4df6204b47f711', 1, 'Kwame Mensah', 'mila:kwame-mensah');
INSERT INTO public.authorships VALUES ('pub-bd4df6204b47f711', 2, 'Nikolai Sorokin', 'mila:nikolai-sorokin');
INSERT INTO public.authorships VALUES ('pub-bd4df6204b47f711', 3, 'Zeynep Wójcik', NULL);
INSERT INTO public.authorships VALUES ('pub-bd4df6204b47f711', 4, 'Xin Andersen', NULL);
INSERT INTO public.authorships VALUES ('pub-bd4df6204b47f711', 5, 'Karim Kaur', NULL);
INSERT INTO public.authorships VALUES ('pub-bd4df6204b47f711', 6, 'Wei Andersen', NULL);
INSERT INTO public.authorships VALUES ('pub-be74e7b40e17a703', 1, 'Jonas Becker', 'mila:jonas-becker');
INSERT INTO public.authorships VALUES ('pub-be74e7b40e17a703', 2, 'Noah Tremblay-Roy', 'mila:noah-tremblay-roy');
INSERT INTO public.authorships VALUES ('pub-be74e7b40e17a703', 3, 'Zoë Müller', 'mila:zoe-muller');
INSERT INTO public.authorships VALUES ('pub-be74e7b40e17a703', 4, 'Sara Lindgren', 'mila:sara-lindgren');
INSERT INTO public.authorships VALUES ('pub-be74e7b40e17a703', 5, 'Felipe Okafor', NULL);
INSERT INTO public.authorships VALUES ('pub-be74e7b40e17a703', 6, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-c0da03b46a75b02b', 1, 'Marguerite Ouellet', 'mila:marguerite-ouellet');
INSERT INTO public.authorships VALUES ('pub-c0da03b46a75b02b', 2, 'Diego Ramírez', 'mila:diego-ramirez');
INSERT INTO public.authorships VALUES ('pub-c0da03b46a75b02b', 3, 'Aisha Bello', 'mila:aisha-bello');
INSERT INTO public.authorships VALUES ('pub-c0da03b46a75b02b', 4, 'Teresa Castillo', NULL);
INSERT INTO public.authorships VALUES ('pub-c0da03b46a75b02b', 5, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-c18540fba6e6ab06', 1, 'Samuel Okonkwo', 'mila:samuel-okonkwo');
INSERT INTO public.authorships VALUES ('pub-c18540fba6e6ab06', 2, 'Ngozi Eze', 'mila:ngozi-eze');
INSERT INTO public.authorships VALUES ('pub-c18540fba6e6ab06', 3, 'Félix Bouchard', 'mila:felix-bouchard');
INSERT INTO public.authorships VALUES ('pub-c18540fba6e6ab06', 4, 'Sara Lindgren', 'mila:sara-lindgren');
INSERT INTO public.authorships VALUES ('pub-c18540fba6e6ab06', 5, 'Felipe Andersen', NULL);
INSERT INTO public.authorships VALUES ('pub-c75f620c6a1759f7', 1, 'Ana Nakamura', NULL);
INSERT INTO public.authorships VALUES ('pub-c75f620c6a1759f7', 2, 'Malformed Cards', 'mila:malformed-cards');
INSERT INTO public.authorships VALUES ('pub-c92ad3062e5c8f72', 1, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-c92ad3062e5c8f72', 2, 'Magnus Okafor', NULL);
INSERT INTO public.authorships VALUES ('pub-c92ad3062e5c8f72', 3, 'Nadia Haddad', 'mila:nadia-haddad');
INSERT INTO public.authorships VALUES ('pub-c92ad3062e5c8f72', 4, 'Mei Lin Chua', 'mila:mei-lin-chua');
INSERT INTO public.authorships VALUES ('pub-c92ad3062e5c8f72', 5, 'Diego Ramírez', 'mila:diego-ramirez');
INSERT INTO public.authorships VALUES ('pub-c92b67ba4d9aae22', 1, 'Σοφία Παπαδοπούλου', 'mila:sofia-papadopoulou');
INSERT INTO public.authorships VALUES ('pub-c92b67ba4d9aae22', 2, 'Elif Zieliński', NULL);
INSERT INTO public.authorships VALUES ('pub-c92b67ba4d9aae22', 3, 'Omar Wójcik', NULL);
INSERT INTO public.authorships VALUES ('pub-c92b67ba4d9aae22', 4, 'Amara García', NULL);
INSERT INTO public.authorships VALUES ('pub-c92b67ba4d9aae22', 5, 'Anja Quintero', NULL);
INSERT INTO public.authorships VALUES ('pub-c92b67ba4d9aae22', 6, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-cafaa7784049ddc8', 1, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-cafaa7784049ddc8', 2, 'François Côté-Lévesque', 'mila:francois-cote-levesque');
INSERT INTO public.authorships VALUES ('pub-cafaa7784049ddc8', 3, 'Anja Horvát', NULL);
INSERT INTO public.authorships VALUES ('pub-cafaa7784049ddc8', 4, 'Inès Benali', 'mila:ines-benali');
INSERT INTO public.authorships VALUES ('pub-cafaa7784049ddc8', 5, 'Bjørn Halvorsen', 'mila:bjorn-halvorsen');
INSERT INTO public.authorships VALUES ('pub-cafaa7784049ddc8', 6, 'Félix Bouchard', 'mila:felix-bouchard');
INSERT INTO public.authorships VALUES ('pub-cb016c2cbfaf7c8a', 1, 'Yasmine Cherif', 'mila:yasmine-cherif');
INSERT INTO public.authorships VALUES ('pub-cb016c2cbfaf7c8a', 2, 'Bilal Nakamura', NULL);
INSERT INTO public.authorships VALUES ('pub-cb016c2cbfaf7c8a', 3, 'Leila Sokolov', NULL);
INSERT INTO public.authorships VALUES ('pub-d1c9b7e36bd1cfad', 1, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-d1c9b7e36bd1cfad', 2, 'Isabel Kovač', NULL);
INSERT INTO public.authorships VALUES ('pub-d25d594133f40493', 1, 'Lars Yamada', NULL);
INSERT INTO public.authorships VALUES ('pub-d25d594133f40493', 2, 'Aisha Bello', 'mila:aisha-bello');
INSERT INTO public.authorships VALUES ('pub-d25d594133f40493', 3, 'Yara Quintero', NULL);
INSERT INTO public.authorships VALUES ('pub-d25d594133f40493', 4, 'Bao Khalil', NULL);
INSERT INTO public.authorships VALUES ('pub-d25d594133f40493', 5, 'Ana Bauer', NULL);
INSERT INTO public.authorships VALUES ('pub-d25d594133f40493', 6, 'Joana Wójcik', NULL);
INSERT INTO public.authorships VALUES ('pub-d25d594133f40493', 7, 'Ana Zhou', NULL);
INSERT INTO public.authorships VALUES ('pub-d25d594133f40493', 8, 'Anja Kovač', NULL);
INSERT INTO public.authorships VALUES ('pub-d25d594133f40493', 9, 'Bilal Ortega', NULL);
INSERT INTO public.authorships VALUES ('pub-d25d594133f40493', 10, 'Selin García', NULL);
INSERT INTO public.authorships VALUES ('pub-d25d594133f40493', 11, 'Nils Sánchez', NULL);
INSERT INTO public.authorships VALUES ('pub-d25d594133f40493', 12, 'Emilia Vargas', NULL);
INSERT INTO public.authorships VALUES ('pub-d25d594133f40493', 13, 'Teresa Greco', NULL);
INSERT INTO public.authorships VALUES ('pub-d25d594133f40493', 14, 'Anja Greco', NULL);
INSERT INTO public.authorships VALUES ('pub-d25d594133f40493', 15, 'Katarzyna Silva', NULL);
INSERT INTO public.authorships VALUES ('pub-d25d594133f40493', 16, 'Elif Marino', NULL);
INSERT INTO public.authorships VALUES ('pub-d25d594133f40493', 17, 'François Côté-Lévesque', 'mila:francois-cote-levesque');
INSERT INTO public.authorships VALUES ('pub-d25d594133f40493', 18, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-d25d594133f40493', 19, 'Alice Jansen', NULL);
INSERT INTO public.authorships VALUES ('pub-d25d594133f40493', 20, 'Bao Nowicki', NULL);
INSERT INTO public.authorships VALUES ('pub-d25d594133f40493', 21, 'Ahmed Pereira', NULL);
INSERT INTO public.authorships VALUES ('pub-d25d594133f40493', 22, 'Jana Andersen', NULL);
INSERT INTO public.authorships VALUES ('pub-d450cee410680fe3', 1, 'Bao Kovač', NULL);
INSERT INTO public.authorships VALUES ('pub-d450cee410680fe3', 2, 'Paula Yamada', NULL);
INSERT INTO public.authorships VALUES ('pub-d450cee410680fe3', 3, 'Paula Esposito', NULL);
INSERT INTO public.authorships VALUES ('pub-d450cee410680fe3', 4, 'Zeynep Castillo', NULL);
INSERT INTO public.authorships VALUES ('pub-d450cee410680fe3', 5, 'Leila Schulz', NULL);
INSERT INTO public.authorships VALUES ('pub-d450cee410680fe3', 6, 'Alessandro Silva', NULL);
INSERT INTO public.authorships VALUES ('pub-d450cee410680fe3', 7, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-d450cee410680fe3', 8, 'Ilse Rahman', NULL);
INSERT INTO public.authorships VALUES ('pub-d450cee410680fe3', 9, 'Lorenzo García', NULL);
INSERT INTO public.authorships VALUES ('pub-d450cee410680fe3', 10, 'Carmen Horvát', NULL);
INSERT INTO public.authorships VALUES ('pub-d450cee410680fe3', 11, 'Javier Jansen', NULL);
INSERT INTO public.authorships VALUES ('pub-d450cee410680fe3', 12, 'Malik Jansen', NULL);
INSERT INTO public.authorships VALUES ('pub-d450cee410680fe3', 13, 'Erik Quintero', NULL);
INSERT INTO public.authorships VALUES ('pub-d450cee410680fe3', 14, 'Pierre Nowicki', NULL);
INSERT INTO public.authorships VALUES ('pub-d450cee410680fe3', 15, 'Teresa Mendes', NULL);
INSERT INTO public.authorships VALUES ('pub-d450cee410680fe3', 16, 'Chiara Takahashi', NULL);
INSERT INTO public.authorships VALUES ('pub-d450cee410680fe3', 17, 'Jana Greco', NULL);
INSERT INTO public.authorships VALUES ('pub-d450cee410680fe3', 18, 'Yara Khalil', NULL);
INSERT INTO public.authorships VALUES ('pub-d450cee410680fe3', 19, 'Tobias Yilmaz', NULL);
INSERT INTO public.authorships VALUES ('pub-d450cee410680fe3', 20, 'Laila Moreno', NULL);
INSERT INTO public.authorships VALUES ('pub-d450cee410680fe3', 21, 'Daniel Çelik', NULL);
INSERT INTO public.authorships VALUES ('pub-d450cee410680fe3', 22, 'Samuel Okonkwo', 'mila:samuel-okonkwo');
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 1, 'Anton Lozhkov', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 2, 'Loubna Ben allal', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 3, 'Federico Cassano', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 4, 'Joel Lamy-Poirier', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 5, 'Nouamane Tazi', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 6, 'Ao Tang', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 7, 'Dmytro Pykhtar', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 8, 'Jiawei Liu', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 9, 'Yuxiang Wei', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 10, 'Tianyang Liu', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 11, 'Max Tian', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 12, 'Denis Kocetkov', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 13, 'Arthur Zucker', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 14, 'Younes Belkada', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 15, 'Zijian Wang', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 16, 'Qian Liu', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 17, 'Dmitry Abulkhanov', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 18, 'Indraneil Paul', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 19, 'Zhuang Li', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 20, 'Wen-Ding Li', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 21, 'Megan L. Risdal', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 22, 'Jia LI', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 23, 'Jian Zhu', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 24, 'Terry Yue Zhuo', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 25, 'Evgenii Zheltonozhskii', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 26, 'Nii Osae Osae Dade', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 27, 'Wenhao Yu', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 28, 'Lucas Krauss', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 29, 'Naman Jain', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 30, 'Yixuan Su', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 31, 'Xuanli He', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 32, 'Edoardo Abati', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 33, 'Yekun Chai', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 34, 'Niklas Muennighoff', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 35, 'Xiangru Tang', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 36, 'Muhtasham Oblokulov', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 37, 'Christopher Akiki', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 38, 'Marc Marone', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 39, 'Chenghao Mou', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 40, 'Mayank Mishra', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 41, 'Alex Gu', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 42, 'Binyuan Hui', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 43, 'Tri Dao', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 44, 'Armel Zebaze', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 45, 'Olivier Dehaene', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 46, 'Nicolas Patry', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 47, 'Canwen Xu', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 48, 'Julian McAuley', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 49, 'Han Hu', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 50, 'Torsten Scholak', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 51, 'Sebastien Paquet', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 52, 'Jennifer Robinson', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 53, 'Carolyn Jane Anderson', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 54, 'Md. Mostofa Ali Patwary', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 55, 'Nima Tajbakhsh', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 56, 'Yacine Jernite', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 57, 'Carlos Muñoz Ferrandis', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 58, 'Lingming Zhang', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 59, 'Sean Hughes', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 60, 'Thomas Wolf', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 61, 'Arjun Guha', NULL);
INSERT INTO public.authorships VALUES ('pub-d57af083761e3b20', 62, 'Leandro Von Werra', NULL);
INSERT INTO public.authorships VALUES ('pub-d743f2e98dacf3d3', 1, 'Arjun Mehta', 'mila:arjun-mehta');
INSERT INTO public.authorships VALUES ('pub-d743f2e98dacf3d3', 2, 'Aoife Ní Bhriain', 'mila:aoife-ni-bhriain');
INSERT INTO public.authorships VALUES ('pub-d743f2e98dacf3d3', 3, 'Matteo Abadi', NULL);
INSERT INTO public.authorships VALUES ('pub-d743f2e98dacf3d3', 4, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-d743f2e98dacf3d3', 5, 'David Suzuki', NULL);
INSERT INTO public.authorships VALUES ('pub-d743f2e98dacf3d3', 6, 'Kenji Watanabe', 'mila:kenji-watanabe');
INSERT INTO public.authorships VALUES ('pub-db3b6cbc5c4ae14c', 1, 'Malformed Cards', 'mila:malformed-cards');
INSERT INTO public.authorships VALUES ('pub-db3b6cbc5c4ae14c', 2, 'Lorenzo Greco', NULL);
INSERT INTO public.authorships VALUES ('pub-db3b6cbc5c4ae14c', 3, 'Yara Mahmoud', NULL);
INSERT INTO public.authorships VALUES ('pub-dc22d99d0dc83531', 1, 'Zoltán Moreno', NULL);
INSERT INTO public.authorships VALUES ('pub-dc22d99d0dc83531', 2, 'Zoë Müller', 'mila:zoe-muller');
INSERT INTO public.authorships VALUES ('pub-dc22d99d0dc83531', 3, 'Inès Benali', 'mila:ines-benali');
INSERT INTO public.authorships VALUES ('pub-dc22d99d0dc83531', 4, 'Malik Kovač', NULL);
INSERT INTO public.authorships VALUES ('pub-dc22d99d0dc83531', 5, 'Lucas Moreau', 'mila:lucas-moreau');
INSERT INTO public.authorships VALUES ('pub-dc22d99d0dc83531', 6, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-de3cd1240f62a817', 1, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-de3cd1240f62a817', 2, 'Beatriz Abadi', NULL);
INSERT INTO public.authorships VALUES ('pub-de3cd1240f62a817', 3, 'Jakub Hakimi', NULL);
INSERT INTO public.authorships VALUES ('pub-e2ef9e6d7fd3de94', 1, 'Wei Mendes', NULL);
INSERT INTO public.authorships VALUES ('pub-e2ef9e6d7fd3de94', 2, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-e2ef9e6d7fd3de94', 3, 'Emilia Zhang', NULL);
INSERT INTO public.authorships VALUES ('pub-e2ef9e6d7fd3de94', 4, 'Valentina Delgado', NULL);
INSERT INTO public.authorships VALUES ('pub-e2ef9e6d7fd3de94', 5, 'Ruben Ricci', NULL);
INSERT INTO public.authorships VALUES ('pub-e2ef9e6d7fd3de94', 6, 'Adam Schulz', NULL);
INSERT INTO public.authorships VALUES ('pub-e96c8a4d874eed1a', 1, 'Amara Çelik', NULL);
INSERT INTO public.authorships VALUES ('pub-e96c8a4d874eed1a', 2, 'Camille Dufresne', 'mila:camille-dufresne');
INSERT INTO public.authorships VALUES ('pub-e96c8a4d874eed1a', 3, 'François Côté-Lévesque', 'mila:francois-cote-levesque');
INSERT INTO public.authorships VALUES ('pub-e96c8a4d874eed1a', 4, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-e96c8a4d874eed1a', 5, 'Jonas Becker', 'mila:jonas-becker');
INSERT INTO public.authorships VALUES ('pub-e96c8a4d874eed1a', 6, 'Дмитрий Иванов', 'mila:dmitriy-ivanov');
INSERT INTO public.authorships VALUES ('pub-f1f2a244ef6931af', 1, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-f1f2a244ef6931af', 2, 'François Côté-Lévesque', 'mila:francois-cote-levesque');
INSERT INTO public.authorships VALUES ('pub-f1f2a244ef6931af', 3, 'Marguerite Ouellet', 'mila:marguerite-ouellet');
INSERT INTO public.authorships VALUES ('pub-f1f2a244ef6931af', 4, 'Priya Raghunathan', 'mila:priya-raghunathan');
INSERT INTO public.authorships VALUES ('pub-f1f2a244ef6931af', 5, 'Ana Mahmoud', NULL);
INSERT INTO public.authorships VALUES ('pub-f1f2a244ef6931af', 6, 'Amira Saleh', 'mila:amira-saleh');
INSERT INTO public.authorships VALUES ('pub-f1f2a244ef6931af', 7, 'Hannah Kowalski', 'mila:hannah-kowalski');
INSERT INTO public.authorships VALUES ('pub-f3fd020ba1c0a4fa', 1, 'Éloïse Bérubé', 'mila:eloise-berube');
INSERT INTO public.authorships VALUES ('pub-f3fd020ba1c0a4fa', 2, 'Bilal Bianchi', NULL);
INSERT INTO public.authorships VALUES ('pub-f3fd020ba1c0a4fa', 3, 'Renée Bianchi', NULL);
INSERT INTO public.authorships VALUES ('pub-f3fd020ba1c0a4fa', 4, 'Jonas Becker', 'mila:jonas-becker');
INSERT INTO public.authorships VALUES ('pub-f3fd020ba1c0a4fa', 5, 'François Côté-Lévesque', 'mila:francois-cote-levesque');
INSERT INTO public.authorships VALUES ('pub-f5a196ca51739cdd', 1, 'Marta Andersen', NULL);
INSERT INTO public.authorships VALUES ('pub-f5a196ca51739cdd', 2, 'Noor Huang', NULL);
INSERT INTO public.authorships VALUES ('pub-f5a196ca51739cdd', 3, 'Xin Brandt', NULL);
INSERT INTO public.authorships VALUES ('pub-f5a196ca51739cdd', 4, 'Katarzyna Toure', NULL);
INSERT INTO public.authorships VALUES ('pub-f5a196ca51739cdd', 5, 'Anja Suzuki', NULL);
INSERT INTO public.authorships VALUES ('pub-f5a196ca51739cdd', 6, 'Ana Mendes', NULL);
INSERT INTO public.authorships VALUES ('pub-f5a196ca51739cdd', 7, 'Jonas Becker', 'mila:jonas-becker');
INSERT INTO public.authorships VALUES ('pub-f5a196ca51739cdd', 8, 'Teresa Kim', NULL);
INSERT INTO public.authorships VALUES ('pub-f5a196ca51739cdd', 9, 'Yara Hansen', NULL);
INSERT INTO public.authorships VALUES ('pub-f5a196ca51739cdd', 10, 'Anja Mendes', NULL);
INSERT INTO public.authorships VALUES ('pub-f5a196ca51739cdd', 11, 'François Côté-Lévesque', 'mila:francois-cote-levesque');
INSERT INTO public.authorships VALUES ('pub-f5a196ca51739cdd', 12, 'Tobias Nowicki', NULL);
INSERT INTO public.authorships VALUES ('pub-f5a196ca51739cdd', 13, 'Renée Greco', NULL);
INSERT INTO public.authorships VALUES ('pub-f5a196ca51739cdd', 14, 'Anja Bauer', NULL);
INSERT INTO public.authorships VALUES ('pub-f5a196ca51739cdd', 15, 'Ilse Yilmaz', NULL);
INSERT INTO public.authorships VALUES ('pub-f5a196ca51739cdd', 16, 'Wei Nowicki', NULL);
INSERT INTO public.authorships VALUES ('pub-f5a196ca51739cdd', 17, 'Tariq Suzuki', NULL);
INSERT INTO public.authorships VALUES ('pub-f5a196ca51739cdd', 18, 'Jakub Jansen', NULL);
INSERT INTO public.authorships VALUES ('pub-f5a196ca51739cdd', 19, 'Elif Yamada', NULL);
INSERT INTO public.authorships VALUES ('pub-f5a196ca51739cdd', 20, 'Jana Yilmaz', NULL);
INSERT INTO public.authorships VALUES ('pub-f660dc15fec07e18', 1, 'François Côté-Lévesque', 'mila:francois-cote-levesque');
INSERT INTO public.authorships VALUES ('pub-f660dc15fec07e18', 2, 'Noah Tremblay-Roy', 'mila:noah-tremblay-roy');
INSERT INTO public.authorships VALUES ('pub-f660dc15fec07e18', 3, 'Zoë Müller', 'mila:zoe-muller');
INSERT INTO public.authorships VALUES ('pub-f660dc15fec07e18', 4, 'Joana Silva', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 1, 'Loubna Ben allal', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 2, 'Yangtian Zi', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 3, 'Niklas Muennighoff', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 4, 'Denis Kocetkov', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 5, 'Chenghao Mou', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 6, 'Marc Marone', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 7, 'Christopher Akiki', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 8, 'Jia LI', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 9, 'Jenny Chim', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 10, 'Qian Liu', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 11, 'Evgenii Zheltonozhskii', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 12, 'Terry Yue Zhuo', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 13, 'Thomas Wang', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 14, 'Olivier Dehaene', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 15, 'Mishig Davaadorj', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 16, 'Joel Lamy-Poirier', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 17, 'Joao Monteiro', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 18, 'Oleh Shliazhko', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 19, 'Nicolas Gontier', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 20, 'Armel Zebaze', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 21, 'Ming-Ho Yee', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 22, 'Logesh Kumar Umapathi', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 23, 'Jian Zhu', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 24, 'Ben Lipkin', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 25, 'Muhtasham Oblokulov', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 26, 'Zhiruo Wang', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 27, 'Rudra Murthy', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 28, 'Jason T Stillerman', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 29, 'Siva Sankalp Patel', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 30, 'Dmitry Abulkhanov', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 31, 'Marco Zocca', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 32, 'Zhihan Zhang', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 33, 'N. Fahmy', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 34, 'Urvashi Bhattacharyya', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 35, 'Wenhao Yu', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 36, 'Swayam Singh', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 37, 'Paulo Villegas', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 38, 'M. Kunakov', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 39, 'Jan Ebert', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 40, 'Fedor Zhdanov', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 41, 'Manuel Romero', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 42, 'Tony Lee', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 43, 'Nadav Timor', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 44, 'Jennifer Ding', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 45, 'Claire S Schlesinger', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 46, 'Hailey Schoelkopf', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 47, 'Jana Ebert', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 48, 'Tri Dao', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 49, 'Mayank Mishra', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 50, 'Alex Gu', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 51, 'Jennifer Robinson', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 52, 'Sean Hughes', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 53, 'Carolyn Jane Anderson', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 54, 'Brendan Dolan-Gavitt', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 55, 'Danish Contractor', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 56, 'Daniel Fried', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 57, 'Yacine Jernite', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 58, 'Carlos Muñoz Ferrandis', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 59, 'Sean M. Hughes', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 60, 'Thomas Wolf', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 61, 'Arjun Guha', NULL);
INSERT INTO public.authorships VALUES ('pub-f67094295a1e31a2', 62, 'Leandro Von Werra', NULL);


--
-- Data for Name: profiles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.profiles VALUES ('mila:aisha-bello', 'Aisha Bello', 'member', 'http://127.0.0.1:8790/en/directory/aisha-bello', '["Associate Industry Member"]', '[{"title": "Research Engineer", "department": "Applied Machine Learning", "institution": "Northwind AI"}]', '["Speech Processing", "Optimization", "Graph Neural Networks"]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/aisha-bello.jpg', 4, '["http://127.0.0.1:8790/en/directory/aisha-bello"]', '2026-12-03 07:56:38+00', '84656125860c0d2b9e6a17747e9f729a', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:amira-saleh', 'Amira Saleh', 'member', 'http://127.0.0.1:8790/en/directory/amira-saleh', '["PhD - Université de Montréal"]', '[]', '["AI Ethics and Fairness", "Computer Vision"]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/amira-saleh.jpg', 4, '["http://127.0.0.1:8790/en/directory/amira-saleh"]', '2026-12-03 07:56:38+00', '2632d4547a9c03531c4ee6e0fc00acac', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:anais-caron', 'Anaïs Caron', 'alumni', 'http://127.0.0.1:8790/en/directory/anais-caron', '["Collaborating Alumni - Université de Montréal"]', '[{"title": "Assistant Professor", "department": "Department of Computer Science", "institution": "Université du Québec à Montréal"}]', '[]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/anais-caron.jpg', 1, '["http://127.0.0.1:8790/en/directory/anais-caron"]', '2026-12-03 07:56:37+00', '201cc769bd636f5647ce47f264086018', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:aoife-ni-bhriain', 'Aoife Ní Bhriain', 'alumni', 'http://127.0.0.1:8790/en/directory/aoife-ni-bhriain', '["Alumni"]', '[]', '["Representation Learning"]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/aoife-ni-bhriain.jpg', 1, '["http://127.0.0.1:8790/en/directory/aoife-ni-bhriain"]', '2026-12-03 07:56:37+00', '50933a970910d928e5c3f8e83372c690', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:arjun-mehta', 'Arjun Mehta', 'member', 'http://127.0.0.1:8790/en/directory/arjun-mehta', '["Master''s - Concordia University"]', '[]', '["Interpretability", "AI Ethics and Fairness"]', NULL, NULL, 3, '["http://127.0.0.1:8790/en/directory/arjun-mehta"]', '2026-12-03 07:56:38+00', '3812280c50c545ceaaf64c88b48809a0', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:benoit-gagnon', 'Benoît Gagnon', 'member', 'http://127.0.0.1:8790/en/directory/benoit-gagnon', '["Core Industry Member", "Canada CIFAR AI Chair"]', '[{"title": "Principal Scientist", "department": "Perception Group", "institution": "Lumen Robotics"}]', '["Interpretability", "Causality", "Reinforcement Learning"]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/benoit-gagnon.jpg', 3, '["http://127.0.0.1:8790/en/directory/benoit-gagnon"]', '2026-12-03 07:56:38+00', '7f572f18f8a36d51670bcb06334b67f9', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:bjorn-halvorsen', 'Bjørn Halvorsen', 'alumni', 'http://127.0.0.1:8790/en/directory/bjorn-halvorsen', '["Alumni"]', '[]', '[]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/bjorn-halvorsen.jpg', 2, '["http://127.0.0.1:8790/en/directory/bjorn-halvorsen"]', '2026-12-03 07:56:37+00', '482c2dd14cc8ff297c4f888d0caa4922', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:camille-dufresne', 'Camille Dufresne', 'member', 'http://127.0.0.1:8790/en/directory/camille-dufresne', '["PhD - Université de Montréal"]', '[]', '["Reinforcement Learning", "Multilingual NLP", "Probabilistic Models"]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/camille-dufresne.jpg', 11, '["http://127.0.0.1:8790/en/directory/camille-dufresne"]', '2026-12-03 07:56:38+00', '1df99153b7a4f9d25ccc78e22b0c02cf', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:charlotte-dube', 'Charlotte Dubé', 'alumni', 'http://127.0.0.1:8790/en/directory/charlotte-dube', '["Alumni"]', '[]', '["Computer Vision", "Deep Learning", "Optimization"]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/charlotte-dube.jpg', 0, '["http://127.0.0.1:8790/en/directory/charlotte-dube"]', '2026-12-03 07:56:37+00', 'b474c42fa138b050ef19425cd7b17bc5', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:chloe-lefebvre', 'Chloé Lefebvre', 'member', 'http://127.0.0.1:8790/en/directory/chloe-lefebvre', '["PhD - Université Laval"]', '[]', '["Causality"]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/chloe-lefebvre.jpg', 3, '["http://127.0.0.1:8790/en/directory/chloe-lefebvre"]', '2026-12-03 07:56:38+00', '159712cc2a7e3cb521b95da9c59eded6', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:clara-weiss', 'Clara Weiß', 'alumni', 'http://127.0.0.1:8790/en/directory/clara-weiss', '["Alumni"]', '[]', '["Reinforcement Learning", "Multilingual NLP", "Computer Vision"]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/clara-weiss.jpg', 2, '["http://127.0.0.1:8790/en/directory/clara-weiss"]', '2026-12-03 07:56:37+00', '11cab669d3ca63b40a4a6d2bab408527', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:diego-ramirez', 'Diego Ramírez', 'alumni', 'http://127.0.0.1:8790/en/directory/diego-ramirez', '["Alumni"]', '[{"title": "Machine Learning Engineer", "department": "Perception Group", "institution": "Lumen Robotics"}]', '["Multilingual NLP", "Causality"]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/diego-ramirez.jpg', 3, '["http://127.0.0.1:8790/en/directory/diego-ramirez"]', '2026-12-03 07:56:37+00', '291791a43e537f99b6f15f39de4336ea', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:dmitriy-ivanov', 'Дмитрий Иванов', 'member', 'http://127.0.0.1:8790/en/directory/dmitriy-ivanov', '["Core Academic Member"]', '[{"title": "Assistant Professor", "department": "Department of Decision Sciences", "institution": "HEC Montréal"}]', '["Optimization", "Deep Learning", "AI for Health", "Speech Processing"]', 'Дмитрий Иванов is an Assistant Professor in the Department of Decision Sciences at HEC Montréal. Before joining the institute, they worked on applied problems in industry and academia.

Their research interests include Optimization, Deep Learning, AI for Health and Speech Processing. They are committed to open science and to the training of the next generation of researchers.', 'http://127.0.0.1:8790/sites/default/files/portraits/dmitriy-ivanov.jpg', 2, '["http://127.0.0.1:8790/en/directory/dmitriy-ivanov"]', '2026-12-03 07:56:38+00', 'fd06b263840b0c78d5353e5f935eb41f', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:eloise-berube', 'Éloïse Bérubé', 'member', 'http://127.0.0.1:8790/en/directory/eloise-berube', '["Core Academic Member", "Canada CIFAR AI Chair"]', '[{"title": "Associate Professor", "department": "Department of Computer Science and Operations Research", "institution": "Université de Montréal"}]', '["AI for Climate", "Probabilistic Models", "Generative Models", "Multilingual NLP", "Optimization"]', 'Éloïse Bérubé is an Associate Professor in the Department of Computer Science and Operations Research at Université de Montréal. Before joining the institute, they worked on applied problems in industry and academia.

Their research interests include AI for Climate, Probabilistic Models, Generative Models, Multilingual NLP and Optimization. They are committed to open science and to the training of the next generation of researchers.', 'http://127.0.0.1:8790/sites/default/files/portraits/eloise-berube.jpg', 51, '["http://127.0.0.1:8790/en/directory/eloise-berube"]', '2026-12-03 07:56:38+00', '8c951cd0224d64e28718fcff819fb0d8', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:emile-fortin', 'Émile Fortin', 'member', 'http://127.0.0.1:8790/en/directory/emile-fortin', '["PhD - École de technologie supérieure"]', '[]', '["Interpretability", "Reinforcement Learning"]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/emile-fortin.jpg', 4, '["http://127.0.0.1:8790/en/directory/emile-fortin"]', '2026-12-03 07:56:38+00', '9ef0482b7d31846c4f82fe9d2f35bf14', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:emma-johansson', 'Emma Johansson', 'alumni', 'http://127.0.0.1:8790/en/directory/emma-johansson', '["Alumni"]', '[]', '["Computational Biology", "AI Ethics and Fairness", "Recommender Systems"]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/emma-johansson.jpg', 0, '["http://127.0.0.1:8790/en/directory/emma-johansson"]', '2026-12-03 07:56:37+00', '02ccc3b98e549259af5d298881efe8ba', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:etienne-marchand', 'Étienne Marchand', 'alumni', 'http://127.0.0.1:8790/en/directory/etienne-marchand', '["Collaborating Alumni - McGill University"]', '[{"title": "Assistant Professor", "department": "Department of Mathematics and Statistics", "institution": "McGill University"}]', '[]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/etienne-marchand.jpg', 2, '["http://127.0.0.1:8790/en/directory/etienne-marchand"]', '2026-12-03 07:56:37+00', '2e9bb538d721884fb68f58b6c29ab219', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:eve-rochefort', 'Ève Rochefort', 'alumni', 'http://127.0.0.1:8790/en/directory/eve-rochefort', '["Alumni"]', '[]', '["Computer Vision"]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/eve-rochefort.jpg', 0, '["http://127.0.0.1:8790/en/directory/eve-rochefort"]', '2026-12-03 07:56:38+00', '53ec0f59df1934477832c03adb56e54a', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:fatima-zahra-el-idrissi', 'Fatima Zahra El Idrissi', 'alumni', 'http://127.0.0.1:8790/en/directory/fatima-zahra-el-idrissi', '["Collaborating Alumni - McGill University"]', '[{"title": "Postdoctoral Fellow", "department": "School of Computer Science", "institution": "McGill University"}]', '[]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/fatima-zahra-el-idrissi.jpg', 2, '["http://127.0.0.1:8790/en/directory/fatima-zahra-el-idrissi"]', '2026-12-03 07:56:38+00', '4ae3ae36ea03814a04ca7a3735bc6f05', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:felix-bouchard', 'Félix Bouchard', 'member', 'http://127.0.0.1:8790/en/directory/felix-bouchard', '["PhD - Université de Montréal"]', '[]', '["Probabilistic Models", "AI Ethics and Fairness"]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/felix-bouchard.jpg', 4, '["http://127.0.0.1:8790/en/directory/felix-bouchard"]', '2026-12-03 07:56:38+00', '7bdc01e814d98993c9def84fd254cc41', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:francois-cote-levesque', 'François Côté-Lévesque', 'member', 'http://127.0.0.1:8790/en/directory/francois-cote-levesque', '["Core Academic Member"]', '[{"title": "Full Professor", "department": "School of Computer Science", "institution": "McGill University"}, {"title": "Associate Member", "department": "Department of Linguistics", "institution": "McGill University"}]', '["AI for Health", "Speech Processing", "Computer Vision"]', 'François Côté-Lévesque is a Full Professor in the School of Computer Science at McGill University. Before joining the institute, they worked on applied problems in industry and academia.

Their research interests include AI for Health, Speech Processing and Computer Vision. They are committed to open science and to the training of the next generation of researchers.', 'http://127.0.0.1:8790/sites/default/files/portraits/francois-cote-levesque.jpg', 21, '["http://127.0.0.1:8790/en/directory/francois-cote-levesque"]', '2026-12-03 07:56:38+00', 'fce30d0d50b59bd94350d9dffa5f7ff4', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:gabriel-roy', 'Gabriel Roy', 'alumni', 'http://127.0.0.1:8790/en/directory/gabriel-roy', '["Alumni"]', '[{"title": "Research Scientist", "department": "Language Team", "institution": "Northwind AI"}]', '["Optimization", "AI Ethics and Fairness", "AI for Climate"]', 'Gabriel Roy is a Research Scientist in the Language Team at Northwind AI. Before joining the institute, they worked on applied problems in industry and academia.

Their research interests include Optimization, AI Ethics and Fairness and AI for Climate. They are committed to open science and to the training of the next generation of researchers.', 'http://127.0.0.1:8790/sites/default/files/portraits/gabriel-roy.jpg', 0, '["http://127.0.0.1:8790/en/directory/gabriel-roy"]', '2026-12-03 07:56:38+00', '3d4b921e824820aad13964a1e03968f5', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:hannah-kowalski', 'Hannah Kowalski', 'member', 'http://127.0.0.1:8790/en/directory/hannah-kowalski', '["PhD - Université de Sherbrooke"]', '[]', '["Causality"]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/hannah-kowalski.jpg', 4, '["http://127.0.0.1:8790/en/directory/hannah-kowalski"]', '2026-12-03 07:56:38+00', '58c17808f4afcf5f0bf885a680df90fa', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:henrik-lindqvist', 'Henrik Lindqvist', 'member', 'http://127.0.0.1:8790/en/directory/henrik-lindqvist', '["Associate Industry Member"]', '[]', '["Deep Learning", "Optimization", "Multilingual NLP"]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/henrik-lindqvist.jpg', 1, '["http://127.0.0.1:8790/en/directory/henrik-lindqvist"]', '2026-12-03 07:56:38+00', 'fc49a53a921f88796ee3a44feaf074c6', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:hyun-woo-park', 'Hyun-woo Park', 'alumni', 'http://127.0.0.1:8790/en/directory/hyun-woo-park', '["Alumni"]', '[{"title": "Research Scientist", "department": "Simulation Platform", "institution": "Lumen Robotics"}]', '[]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/hyun-woo-park.jpg', 1, '["http://127.0.0.1:8790/en/directory/hyun-woo-park"]', '2026-12-03 07:56:38+00', 'a0804bba4aad3ed94e13751928d3b438', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:ines-benali', 'Inès Benali', 'member', 'http://127.0.0.1:8790/en/directory/ines-benali', '["PhD - Polytechnique Montréal"]', '[]', '["Generative Models", "Computational Biology"]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/ines-benali.jpg', 5, '["http://127.0.0.1:8790/en/directory/ines-benali"]', '2026-12-03 07:56:38+00', '38c4299c07104c2dda5686b51061cb16', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:ines-carvalho', 'Inês Carvalho', 'alumni', 'http://127.0.0.1:8790/en/directory/ines-carvalho', '["Alumni"]', '[]', '["Graph Neural Networks"]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/ines-carvalho.jpg', 1, '["http://127.0.0.1:8790/en/directory/ines-carvalho"]', '2026-12-03 07:56:38+00', '7e811c37949783b4c903ecb9971b120e', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:ingrid-solberg', 'Ingrid Solberg', 'alumni', 'http://127.0.0.1:8790/en/directory/ingrid-solberg', '["Alumni"]', '[]', '[]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/ingrid-solberg.jpg', 0, '["http://127.0.0.1:8790/en/directory/ingrid-solberg"]', '2026-12-03 07:56:38+00', '2b1ab6e79d413c41dc04e1f2e48faacc', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:joaquin-herrera', 'Joaquín Herrera', 'alumni', 'http://127.0.0.1:8790/en/directory/joaquin-herrera', '["Alumni"]', '[]', '["Robotics"]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/joaquin-herrera.jpg', 1, '["http://127.0.0.1:8790/en/directory/joaquin-herrera"]', '2026-12-03 07:56:38+00', 'edd985e1aaac6a3d121d5498d7c496d8', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:jonas-becker', 'Jonas Becker', 'member', 'http://127.0.0.1:8790/en/directory/jonas-becker', '["PhD - McGill University"]', '[]', '["Interpretability", "Probabilistic Models"]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/jonas-becker.jpg', 10, '["http://127.0.0.1:8790/en/directory/jonas-becker"]', '2026-12-03 07:56:38+00', '3eb55f85cc9fa9af518ff2c99f3df988', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:julie-pelletier', 'Julie Pelletier', 'alumni', 'http://127.0.0.1:8790/en/directory/julie-pelletier', '["Alumni"]', '[]', '["AI for Health", "Causality", "AI Ethics and Fairness"]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/julie-pelletier.jpg', 0, '["http://127.0.0.1:8790/en/directory/julie-pelletier"]', '2026-12-03 07:56:38+00', '4ff01c64658f4c20e5a98f0d13951461', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:kenji-watanabe', 'Kenji Watanabe', 'alumni', 'http://127.0.0.1:8790/en/directory/kenji-watanabe', '["Alumni"]', '[]', '["Reinforcement Learning", "AI Ethics and Fairness", "Learning Theory"]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/kenji-watanabe.jpg', 1, '["http://127.0.0.1:8790/en/directory/kenji-watanabe"]', '2026-12-03 07:56:38+00', '0032c22653155f7b41c4993731622cef', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:kofi-asante', 'Kofi Asante', 'alumni', 'http://127.0.0.1:8790/en/directory/kofi-asante', '["Alumni"]', '[]', '[]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/kofi-asante.jpg', 1, '["http://127.0.0.1:8790/en/directory/kofi-asante"]', '2026-12-03 07:56:38+00', 'ebde6d596a46ffeeb3f8d979cbec3526', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:kwame-mensah', 'Kwame Mensah', 'member', 'http://127.0.0.1:8790/en/directory/kwame-mensah', '["PhD - Polytechnique Montréal"]', '[]', '["AI for Health"]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/kwame-mensah.jpg', 1, '["http://127.0.0.1:8790/en/directory/kwame-mensah"]', '2026-12-03 07:56:38+00', 'f24865b83880cf8616c3107a5c1cec7a', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:lea-nguyen', 'Léa Nguyen', 'member', 'http://127.0.0.1:8790/en/directory/lea-nguyen', '["Master''s - McGill University"]', '[]', '["Deep Learning", "Computational Biology"]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/lea-nguyen.jpg', 0, '["http://127.0.0.1:8790/en/directory/lea-nguyen"]', '2026-12-03 07:56:38+00', 'a05f9a3abb5df7b185fd3dc9a4db09f6', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:li-ming', '李明', 'member', 'http://127.0.0.1:8790/en/directory/li-ming', '["Core Academic Member"]', '[{"title": "Associate Professor", "department": "Department of Computer and Software Engineering", "institution": "Polytechnique Montréal"}]', '["Causality", "Computer Vision", "Deep Learning"]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/li-ming.jpg', 4, '["http://127.0.0.1:8790/en/directory/li-ming"]', '2026-12-03 07:56:38+00', 'ef062fed76294b86078ef5a53d8d52f1', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:lina-haddad-khoury', 'Lina Haddad-Khoury', 'alumni', 'http://127.0.0.1:8790/en/directory/lina-haddad-khoury', '["Alumni"]', '[]', '["Interpretability"]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/lina-haddad-khoury.jpg', 2, '["http://127.0.0.1:8790/en/directory/lina-haddad-khoury"]', '2026-12-03 07:56:38+00', '81849ab287abebfda5dcaf69b861614b', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:lucas-moreau', 'Lucas Moreau', 'member', 'http://127.0.0.1:8790/en/directory/lucas-moreau', '["Master''s - Polytechnique Montréal"]', '[]', '["Speech Processing", "Deep Learning", "Generative Models"]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/lucas-moreau.jpg', 2, '["http://127.0.0.1:8790/en/directory/lucas-moreau"]', '2026-12-03 07:56:39+00', '4207cc753719d0084c4842e070de6fbc', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:malformed-cards', 'Malformed Cards', 'member', 'http://127.0.0.1:8790/en/directory/malformed-cards', '["Core Industry Member"]', '[{"title": "Research Scientist", "department": "Markup Robustness Team", "institution": "Fixture Labs"}]', '["Recommender Systems", "AI Ethics and Fairness"]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/malformed-cards.jpg', 7, '["http://127.0.0.1:8790/en/directory/malformed-cards"]', '2026-12-03 07:56:38+00', '16188407618c89dd60eebffa213efcc3', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:marguerite-ouellet', 'Marguerite Ouellet', 'member', 'http://127.0.0.1:8790/en/directory/marguerite-ouellet', '["Core Academic Member"]', '[{"title": "Full Professor", "department": "Department of Computer Science and Software Engineering", "institution": "Université Laval"}]', '["AI for Health", "Reinforcement Learning", "AI for Climate", "Generative Models", "Multilingual NLP", "Graph Neural Networks"]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/marguerite-ouellet.jpg', 4, '["http://127.0.0.1:8790/en/directory/marguerite-ouellet"]', '2026-12-03 07:56:38+00', 'e9203c81d61c02088b8bbfa96f2ff53e', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:mateus-oliveira', 'Mateus Oliveira', 'member', 'http://127.0.0.1:8790/en/directory/mateus-oliveira', '["PhD - Université de Montréal"]', '[]', '["AI for Climate"]', 'Mateus Oliveira is a PhD student at Université de Montréal. Before joining the institute, they worked on applied problems in industry and academia.

Their research interests include AI for Climate. They are committed to open science and to the training of the next generation of researchers.', 'http://127.0.0.1:8790/sites/default/files/portraits/mateus-oliveira.jpg', 7, '["http://127.0.0.1:8790/en/directory/mateus-oliveira"]', '2026-12-03 07:56:38+00', 'c5d65131d86eabefb40c9bd36bf435ee', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:mathieu-gauthier', 'Mathieu Gauthier', 'alumni', 'http://127.0.0.1:8790/en/directory/mathieu-gauthier', '["Collaborating Alumni - Université de Montréal"]', '[{"title": "Lecturer", "department": "Department of Computer Science and Operations Research", "institution": "Université de Montréal"}, {"title": "Research Associate", "department": "Department of Decision Sciences", "institution": "HEC Montréal"}]', '[]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/mathieu-gauthier.jpg', 1, '["http://127.0.0.1:8790/en/directory/mathieu-gauthier"]', '2026-12-03 07:56:38+00', '43deee625ccc49939456471b0be47acc', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:maya-cohen', 'Maya Cohen', 'member', 'http://127.0.0.1:8790/en/directory/maya-cohen', '["Master''s - McGill University"]', '[]', '["Interpretability", "Natural Language Processing", "Generative Models"]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/maya-cohen.jpg', 0, '["http://127.0.0.1:8790/en/directory/maya-cohen"]', '2026-12-03 07:56:38+00', '11d300b289617951a244de4a9f8a7faa', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:mei-lin-chua', 'Mei Lin Chua', 'alumni', 'http://127.0.0.1:8790/en/directory/mei-lin-chua', '["Alumni"]', '[]', '[]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/mei-lin-chua.jpg', 1, '["http://127.0.0.1:8790/en/directory/mei-lin-chua"]', '2026-12-03 07:56:38+00', 'c852ade21d1bd49f27e44bf0edcc9705', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:mohammed-al-amin', 'Mohammed Al-Amin', 'alumni', 'http://127.0.0.1:8790/en/directory/mohammed-al-amin', '["Alumni"]', '[{"title": "Data Scientist", "department": "Clinical AI Unit", "institution": "Saint-Laurent Health Analytics"}]', '["Generative Models", "Graph Neural Networks"]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/mohammed-al-amin.jpg', 1, '["http://127.0.0.1:8790/en/directory/mohammed-al-amin"]', '2026-12-03 07:56:38+00', '112ff64185900d17d86310c33e850c46', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:nadia-haddad', 'Nadia Haddad', 'member', 'http://127.0.0.1:8790/en/directory/nadia-haddad', '["Core Industry Member"]', '[{"title": "Research Director", "department": "Clinical AI Unit", "institution": "Saint-Laurent Health Analytics"}]', '["AI for Health"]', 'Nadia Haddad is a Research Director in the Clinical AI Unit at Saint-Laurent Health Analytics. Before joining the institute, they worked on applied problems in industry and academia.

Their research interests include AI for Health. They are committed to open science and to the training of the next generation of researchers.

Contact: nadia.haddad@example.org. Lab page: Clinical AI Unit. Show all publications.', 'http://127.0.0.1:8790/sites/default/files/portraits/nadia-haddad.jpg', 2, '["http://127.0.0.1:8790/en/directory/nadia-haddad"]', '2026-12-03 07:56:38+00', '880b89a5da14d161daefa0e20d273700', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:ngozi-eze', 'Ngozi Eze', 'member', 'http://127.0.0.1:8790/en/directory/ngozi-eze', '["PhD - Concordia University"]', '[]', '["Graph Neural Networks", "Causality", "Interpretability"]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/ngozi-eze.jpg', 3, '["http://127.0.0.1:8790/en/directory/ngozi-eze"]', '2026-12-03 07:56:38+00', 'a7d5d580ba33172148d2e0c7bd4a0ac7', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:nikolai-sorokin', 'Nikolai Sorokin', 'alumni', 'http://127.0.0.1:8790/en/directory/nikolai-sorokin', '["Alumni"]', '[]', '[]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/nikolai-sorokin.jpg', 2, '["http://127.0.0.1:8790/en/directory/nikolai-sorokin"]', '2026-12-03 07:56:38+00', '5d50d53fd3707280ee9b5edbb1323363', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:noah-tremblay-roy', 'Noah Tremblay-Roy', 'member', 'http://127.0.0.1:8790/en/directory/noah-tremblay-roy', '["PhD - McGill University"]', '[]', '["Natural Language Processing", "Robotics"]', 'Noah Tremblay-Roy is a PhD student at McGill University. Before joining the institute, they worked on applied problems in industry and academia.

Their research interests include Natural Language Processing and Robotics. They are committed to open science and to the training of the next generation of researchers.', 'http://127.0.0.1:8790/sites/default/files/portraits/noah-tremblay-roy.jpg', 6, '["http://127.0.0.1:8790/en/directory/noah-tremblay-roy"]', '2026-12-03 07:56:38+00', 'adb61e84dc6acd417952886b2b0f2067', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:olga-petrova', 'Olga Petrova', 'alumni', 'http://127.0.0.1:8790/en/directory/olga-petrova', '["Alumni"]', '[]', '["Speech Processing", "Interpretability", "AI for Health"]', NULL, NULL, 1, '["http://127.0.0.1:8790/en/directory/olga-petrova"]', '2026-12-03 07:56:38+00', 'c72d2e9b11f5350d156c81a8b70f98d3', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:olivier-st-pierre', 'Olivier St-Pierre', 'member', 'http://127.0.0.1:8790/en/directory/olivier-st-pierre', '["Associate Industry Member"]', '[{"title": "Staff Engineer", "department": "Simulation Platform", "institution": "Lumen Robotics"}]', '["Generative Models"]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/olivier-st-pierre.jpg', 1, '["http://127.0.0.1:8790/en/directory/olivier-st-pierre"]', '2026-12-03 07:56:38+00', '6a1e4da8e8b88690aaee0d6c6a6729d9', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:oluwaseun-adeyemi', 'Oluwaseun Adeyemi', 'alumni', 'http://127.0.0.1:8790/en/directory/oluwaseun-adeyemi', '["Alumni"]', '[]', '["AI for Climate", "Reinforcement Learning", "AI Ethics and Fairness"]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/oluwaseun-adeyemi.jpg', 0, '["http://127.0.0.1:8790/en/directory/oluwaseun-adeyemi"]', '2026-12-03 07:56:38+00', '8614111034176281c26ec4d10a471bc8', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:pedro-henrique-costa', 'Pedro Henrique Costa', 'alumni', 'http://127.0.0.1:8790/en/directory/pedro-henrique-costa', '["Alumni"]', '[]', '["AI for Health"]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/pedro-henrique-costa.jpg', 0, '["http://127.0.0.1:8790/en/directory/pedro-henrique-costa"]', '2026-12-03 07:56:39+00', 'ba15179039eaa6e5c2e8fa96050dfd17', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:priya-raghunathan', 'Priya Raghunathan', 'member', 'http://127.0.0.1:8790/en/directory/priya-raghunathan', '["Associate Academic Member"]', '[{"title": "Assistant Professor", "department": "Department of Computer Science", "institution": "Université de Sherbrooke"}]', '["Robotics", "Deep Learning", "Optimization"]', NULL, NULL, 4, '["http://127.0.0.1:8790/en/directory/priya-raghunathan"]', '2026-12-03 07:56:38+00', '30becef45e24b3cbe4a78e779a21671e', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:rafael-gutierrez', 'Rafael Gutiérrez', 'member', 'http://127.0.0.1:8790/en/directory/rafael-gutierrez', '["Master''s - HEC Montréal"]', '[]', '["Robotics", "Reinforcement Learning"]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/rafael-gutierrez.jpg', 2, '["http://127.0.0.1:8790/en/directory/rafael-gutierrez"]', '2026-12-03 07:56:38+00', 'aa0e23f7df101a5026b0dbc134cb7bce', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:ravi-shankar-iyer', 'Ravi Shankar Iyer', 'alumni', 'http://127.0.0.1:8790/en/directory/ravi-shankar-iyer', '["Alumni"]', '[]', '[]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/ravi-shankar-iyer.jpg', 1, '["http://127.0.0.1:8790/en/directory/ravi-shankar-iyer"]', '2026-12-03 07:56:38+00', '387dca7086cc975e764757feffbab9dc', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:raymond-li', 'Raymond Li', 'alumni', 'http://127.0.0.1:8790/en/directory/raymond-li', '["Alumni"]', '[]', '[]', NULL, NULL, 3, '["http://127.0.0.1:8790/en/directory/raymond-li"]', '2026-12-03 07:56:38+00', 'bb7fa215e47533a05c17f30a10c45e30', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:samuel-okonkwo', 'Samuel Okonkwo', 'member', 'http://127.0.0.1:8790/en/directory/samuel-okonkwo', '["Core Academic Member"]', '[{"title": "Associate Professor", "department": "Department of Computer Science and Software Engineering", "institution": "Concordia University"}]', '["Graph Neural Networks", "Multilingual NLP", "Probabilistic Models", "AI Ethics and Fairness"]', 'Samuel Okonkwo is an Associate Professor in the Department of Computer Science and Software Engineering at Concordia University. Before joining the institute, they worked on applied problems in industry and academia.

Their research interests include Graph Neural Networks, Multilingual NLP, Probabilistic Models and AI Ethics and Fairness. They are committed to open science and to the training of the next generation of researchers.', 'http://127.0.0.1:8790/sites/default/files/portraits/samuel-okonkwo.jpg', 9, '["http://127.0.0.1:8790/en/directory/samuel-okonkwo"]', '2026-12-03 07:56:38+00', '344deda2b7fb4122387f4aa24868cdb5', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:sara-lindgren', 'Sara Lindgren', 'member', 'http://127.0.0.1:8790/en/directory/sara-lindgren', '["Master''s - Université de Montréal"]', '[]', '["Multilingual NLP", "Reinforcement Learning", "Computational Biology"]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/sara-lindgren.jpg', 5, '["http://127.0.0.1:8790/en/directory/sara-lindgren"]', '2026-12-03 07:56:38+00', '285ed3eaf70950f8d8af8f876b7761c7', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:sofia-papadopoulou', 'Σοφία Παπαδοπούλου', 'member', 'http://127.0.0.1:8790/en/directory/sofia-papadopoulou', '["Core Academic Member", "Canada CIFAR AI Chair"]', '[{"title": "Assistant Professor", "department": "Department of Mathematics and Statistics", "institution": "Université de Montréal"}]', '["AI Ethics and Fairness", "Robotics", "Graph Neural Networks", "Computational Biology", "Generative Models"]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/sofia-papadopoulou.jpg', 1, '["http://127.0.0.1:8790/en/directory/sofia-papadopoulou"]', '2026-12-03 07:56:39+00', 'd985db9f310cc26d0fe6c4f52815bf3d', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:sophie-laurent', 'Sophie Laurent', 'alumni', 'http://127.0.0.1:8790/en/directory/sophie-laurent', '["Alumni"]', '[]', '["Computational Biology", "Deep Learning"]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/sophie-laurent.jpg', 0, '["http://127.0.0.1:8790/en/directory/sophie-laurent"]', '2026-12-03 07:56:38+00', '51528afd2654ec25e59f781021ce771d', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:tanaka-hanako', '田中 花子', 'member', 'http://127.0.0.1:8790/en/directory/tanaka-hanako', '["Core Industry Member"]', '[{"title": "Senior Research Scientist", "department": "Montréal Research Lab", "institution": "Northwind AI"}]', '["Computer Vision"]', '田中 花子 is a Senior Research Scientist in the Montréal Research Lab at Northwind AI. Before joining the institute, they worked on applied problems in industry and academia.

Their research interests include Computer Vision. They are committed to open science and to the training of the next generation of researchers.', 'http://127.0.0.1:8790/sites/default/files/portraits/tanaka-hanako.jpg', 1, '["http://127.0.0.1:8790/en/directory/tanaka-hanako"]', '2026-12-03 07:56:39+00', 'f02e11412999a86239c031860d98e9a6', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:tarek-mansour', 'Tarek Mansour', 'alumni', 'http://127.0.0.1:8790/en/directory/tarek-mansour', '["Alumni"]', '[]', '["Speech Processing", "Causality"]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/tarek-mansour.jpg', 0, '["http://127.0.0.1:8790/en/directory/tarek-mansour"]', '2026-12-03 07:56:38+00', '1aed3fc669f3067bf69576702dc0bf02', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:thomas-bergeron', 'Thomas Bergeron', 'alumni', 'http://127.0.0.1:8790/en/directory/thomas-bergeron', '["Alumni"]', '[]', '["Speech Processing"]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/thomas-bergeron.jpg', 3, '["http://127.0.0.1:8790/en/directory/thomas-bergeron"]', '2026-12-03 07:56:38+00', '5d470ce4376a63caafff3700826060c6', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:tomas-aguirre-salas', 'Tomás Aguirre-Salas', 'member', 'http://127.0.0.1:8790/en/directory/tomas-aguirre-salas', '["Core Academic Member"]', '[{"title": "Associate Professor", "department": "Department of Software and IT Engineering", "institution": "École de technologie supérieure"}]', '["Generative Models", "Computer Vision", "AI Ethics and Fairness", "Computational Biology", "Optimization", "Robotics"]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/tomas-aguirre-salas.jpg', 2, '["http://127.0.0.1:8790/en/directory/tomas-aguirre-salas"]', '2026-12-03 07:56:39+00', '791b5fc8d5cc11d18edba496a861e72c', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:vincent-lachance', 'Vincent Lachance', 'alumni', 'http://127.0.0.1:8790/en/directory/vincent-lachance', '["Alumni"]', '[]', '["Causality", "Deep Learning"]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/vincent-lachance.jpg', 0, '["http://127.0.0.1:8790/en/directory/vincent-lachance"]', '2026-12-03 07:56:38+00', 'f7f987ce821d6183dc5ad169e8236357', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:wiktoria-nowak', 'Wiktoria Nowak', 'alumni', 'http://127.0.0.1:8790/en/directory/wiktoria-nowak', '["Alumni"]', '[]', '[]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/wiktoria-nowak.jpg', 0, '["http://127.0.0.1:8790/en/directory/wiktoria-nowak"]', '2026-12-03 07:56:38+00', 'fd74fb2f5d26c8c77dbfb5b5c17776cc', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:yasmine-cherif', 'Yasmine Cherif', 'alumni', 'http://127.0.0.1:8790/en/directory/yasmine-cherif', '["Alumni"]', '[]', '[]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/yasmine-cherif.jpg', 1, '["http://127.0.0.1:8790/en/directory/yasmine-cherif"]', '2026-12-03 07:56:38+00', '9290bd884000568b35633d51ee5b4774', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:yuki-sato', 'Yuki Sato', 'member', 'http://127.0.0.1:8790/en/directory/yuki-sato', '["PhD - Université de Montréal"]', '[]', '["Speech Processing"]', NULL, 'http://127.0.0.1:8790/sites/default/files/portraits/yuki-sato.jpg', 1, '["http://127.0.0.1:8790/en/directory/yuki-sato"]', '2026-12-03 07:56:39+00', '3adc5cffcd2ecdd167fc9a24bdbf1fd0', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.profiles VALUES ('mila:zoe-muller', 'Zoë Müller', 'member', 'http://127.0.0.1:8790/en/directory/zoe-muller', '["Core Academic Member", "Canada CIFAR AI Chair"]', '[{"title": "Assistant Professor", "department": "Department of Electrical and Computer Engineering", "institution": "McGill University"}]', '["AI Ethics and Fairness", "Generative Models", "Speech Processing"]', 'Zoë Müller is an Assistant Professor in the Department of Electrical and Computer Engineering at McGill University. Before joining the institute, they worked on applied problems in industry and academia.

Their research interests include AI Ethics and Fairness, Generative Models and Speech Processing. They are committed to open science and to the training of the next generation of researchers.', 'http://127.0.0.1:8790/sites/default/files/portraits/zoe-muller.jpg', 10, '["http://127.0.0.1:8790/en/directory/zoe-muller"]', '2026-12-03 07:56:39+00', 'a255c3d177c7d7ff96a9437e16beab2d', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');


--
-- Data for Name: publication_profiles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.publication_profiles VALUES ('pub-02bf05ce7171c710', 'mila:clara-weiss', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-02bf05ce7171c710', 'mila:joaquin-herrera', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-07b4a433b8442794', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-07b4a433b8442794', 'mila:li-ming', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-07b4a433b8442794', 'mila:sara-lindgren', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-07b4a433b8442794', 'mila:tomas-aguirre-salas', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-0f56f903ef053792', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-0f56f903ef053792', 'mila:jonas-becker', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-0f56f903ef053792', 'mila:zoe-muller', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-11a1b90ffa979ca9', 'mila:bjorn-halvorsen', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-11a1b90ffa979ca9', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-11a1b90ffa979ca9', 'mila:francois-cote-levesque', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-11e7527981e04e70', 'mila:camille-dufresne', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-11e7527981e04e70', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-11e7527981e04e70', 'mila:emile-fortin', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-11e7527981e04e70', 'mila:samuel-okonkwo', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-11e7527981e04e70', 'mila:tomas-aguirre-salas', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-14b0ccf037ee8913', 'mila:benoit-gagnon', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-14b0ccf037ee8913', 'mila:francois-cote-levesque', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-14b0ccf037ee8913', 'mila:li-ming', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-14b51c2f12433085', 'mila:camille-dufresne', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-14b51c2f12433085', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-14b51c2f12433085', 'mila:francois-cote-levesque', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-14b51c2f12433085', 'mila:zoe-muller', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-15be2d679796ebb7', 'mila:yuki-sato', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-17016f84f89ede1c', 'mila:fatima-zahra-el-idrissi', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-1b2648aafe94be93', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-1b2648aafe94be93', 'mila:francois-cote-levesque', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-1b2648aafe94be93', 'mila:sara-lindgren', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-276d6504a3e3989b', 'mila:malformed-cards', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-276d6504a3e3989b', 'mila:priya-raghunathan', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-2dcf98b9fc697c69', 'mila:camille-dufresne', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-2dcf98b9fc697c69', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-2fdb112ba714b6b5', 'mila:rafael-gutierrez', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-3351cd35a1b2294f', 'mila:malformed-cards', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-3374c6ffe06adb45', 'mila:benoit-gagnon', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-3374c6ffe06adb45', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-3374c6ffe06adb45', 'mila:mateus-oliveira', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-3afc7a546ce9840a', 'mila:aisha-bello', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-3afc7a546ce9840a', 'mila:amira-saleh', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-3afc7a546ce9840a', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-3e8b0198cc0bca9b', 'mila:camille-dufresne', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-3e8b0198cc0bca9b', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-3e8b0198cc0bca9b', 'mila:francois-cote-levesque', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-3e8b0198cc0bca9b', 'mila:jonas-becker', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-4200e30d2ffd6632', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-4200e30d2ffd6632', 'mila:francois-cote-levesque', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-4200e30d2ffd6632', 'mila:samuel-okonkwo', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-4439806897ba6ce2', 'mila:li-ming', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-4e985f4ac25d5cc3', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-4e985f4ac25d5cc3', 'mila:ines-carvalho', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-4e985f4ac25d5cc3', 'mila:mateus-oliveira', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-5211430f30677cc7', 'mila:camille-dufresne', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-5211430f30677cc7', 'mila:dmitriy-ivanov', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-5211430f30677cc7', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-5211430f30677cc7', 'mila:francois-cote-levesque', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-5211430f30677cc7', 'mila:thomas-bergeron', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-5288a757db07f89a', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-5288a757db07f89a', 'mila:etienne-marchand', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-594140288a847dfb', 'mila:amira-saleh', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-594140288a847dfb', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-594140288a847dfb', 'mila:marguerite-ouellet', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-594140288a847dfb', 'mila:mateus-oliveira', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-594140288a847dfb', 'mila:sara-lindgren', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-59e192dfd9c4b340', 'mila:camille-dufresne', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-59e192dfd9c4b340', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-5b6915108f9cc8c1', 'mila:raymond-li', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-5ba1baac311befe2', 'mila:malformed-cards', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-5ba1baac311befe2', 'mila:ravi-shankar-iyer', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-5e896a7a0250ce46', 'mila:henrik-lindqvist', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-5e896a7a0250ce46', 'mila:mohammed-al-amin', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-5e896a7a0250ce46', 'mila:noah-tremblay-roy', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-5f4c93ce48d0bb5a', 'mila:arjun-mehta', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-5f4c93ce48d0bb5a', 'mila:samuel-okonkwo', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-5f4c93ce48d0bb5a', 'mila:zoe-muller', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-5f5d59c89e79c578', 'mila:camille-dufresne', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-5f5d59c89e79c578', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-62ee0d51140543df', 'mila:benoit-gagnon', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-62ee0d51140543df', 'mila:noah-tremblay-roy', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-63d841d6413b42b7', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-63d841d6413b42b7', 'mila:hyun-woo-park', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-6408e354bd4a8ad3', 'mila:arjun-mehta', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-6408e354bd4a8ad3', 'mila:clara-weiss', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-6408e354bd4a8ad3', 'mila:samuel-okonkwo', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-65339ae8d23b24dd', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-65339ae8d23b24dd', 'mila:francois-cote-levesque', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-65339ae8d23b24dd', 'mila:mateus-oliveira', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-65339ae8d23b24dd', 'mila:ngozi-eze', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-65339ae8d23b24dd', 'mila:samuel-okonkwo', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-691fa04cb8d37070', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-691fa04cb8d37070', 'mila:rafael-gutierrez', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-6a7c2d4b701256d3', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-6a7c2d4b701256d3', 'mila:lina-haddad-khoury', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-71d48cdaf607bc89', 'mila:chloe-lefebvre', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-71d48cdaf607bc89', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-71d48cdaf607bc89', 'mila:francois-cote-levesque', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-71d48cdaf607bc89', 'mila:jonas-becker', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-71d48cdaf607bc89', 'mila:marguerite-ouellet', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-7226c6e237c91aca', 'mila:felix-bouchard', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-79c4275982779118', 'mila:aisha-bello', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-79c4275982779118', 'mila:anais-caron', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-79c4275982779118', 'mila:ines-benali', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-7a0cfe862bd28739', 'mila:camille-dufresne', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-7a0cfe862bd28739', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-7a0cfe862bd28739', 'mila:mathieu-gauthier', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-7a0cfe862bd28739', 'mila:zoe-muller', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-7bd299d1d3c3bdb7', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-7bd299d1d3c3bdb7', 'mila:francois-cote-levesque', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-7bd299d1d3c3bdb7', 'mila:lucas-moreau', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-7bd299d1d3c3bdb7', 'mila:olga-petrova', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-7bd299d1d3c3bdb7', 'mila:samuel-okonkwo', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-7da1ffc64ccaa77a', 'mila:malformed-cards', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-7dada7d6c895fd1c', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-7dada7d6c895fd1c', 'mila:emile-fortin', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-7dada7d6c895fd1c', 'mila:priya-raghunathan', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-82dba23c6f0b50be', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-82dba23c6f0b50be', 'mila:emile-fortin', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-82dba23c6f0b50be', 'mila:hannah-kowalski', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-82dba23c6f0b50be', 'mila:priya-raghunathan', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-838790c538be1503', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-838790c538be1503', 'mila:francois-cote-levesque', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-838790c538be1503', 'mila:ines-benali', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-838790c538be1503', 'mila:jonas-becker', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-838790c538be1503', 'mila:ngozi-eze', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-838790c538be1503', 'mila:zoe-muller', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-83a5f193b7bb37b4', 'mila:li-ming', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-83a5f193b7bb37b4', 'mila:mateus-oliveira', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-8593d01e6c56198c', 'mila:fatima-zahra-el-idrissi', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-8593d01e6c56198c', 'mila:francois-cote-levesque', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-97e744c2bd66f369', 'mila:chloe-lefebvre', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-97e744c2bd66f369', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-97e744c2bd66f369', 'mila:emile-fortin', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-97e744c2bd66f369', 'mila:noah-tremblay-roy', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-9de566b5611b5f61', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-9de566b5611b5f61', 'mila:olivier-st-pierre', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-9de566b5611b5f61', 'mila:samuel-okonkwo', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-a02a75d102cade60', 'mila:etienne-marchand', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-a02a75d102cade60', 'mila:nikolai-sorokin', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-a0694ff80c22aa8b', 'mila:hannah-kowalski', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-a0694ff80c22aa8b', 'mila:kofi-asante', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-a0694ff80c22aa8b', 'mila:thomas-bergeron', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-a096078c4e8c5fb2', 'mila:diego-ramirez', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-a096078c4e8c5fb2', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-a096078c4e8c5fb2', 'mila:tanaka-hanako', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-a82d1d619a6a0ffb', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-a82d1d619a6a0ffb', 'mila:francois-cote-levesque', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-a82d1d619a6a0ffb', 'mila:lina-haddad-khoury', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-aff845cac4f64653', 'mila:camille-dufresne', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-aff845cac4f64653', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-aff845cac4f64653', 'mila:hannah-kowalski', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-aff845cac4f64653', 'mila:nadia-haddad', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-b19ea192b6a28bf1', 'mila:noah-tremblay-roy', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-b19ea192b6a28bf1', 'mila:zoe-muller', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-b3fc6e9399d02bcd', 'mila:camille-dufresne', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-b3fc6e9399d02bcd', 'mila:jonas-becker', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-b704472c77e28e51', 'mila:amira-saleh', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-b704472c77e28e51', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-b704472c77e28e51', 'mila:felix-bouchard', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-b704472c77e28e51', 'mila:mateus-oliveira', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-ba6e7e21b2515533', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-ba6e7e21b2515533', 'mila:jonas-becker', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-ba6e7e21b2515533', 'mila:zoe-muller', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-bc09842561a32a2d', 'mila:chloe-lefebvre', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-bc09842561a32a2d', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-bc09842561a32a2d', 'mila:mateus-oliveira', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-bc09842561a32a2d', 'mila:thomas-bergeron', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-bc94aee0d26f371c', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-bc94aee0d26f371c', 'mila:francois-cote-levesque', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-bc94aee0d26f371c', 'mila:ines-benali', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-bd4df6204b47f711', 'mila:kwame-mensah', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-bd4df6204b47f711', 'mila:nikolai-sorokin', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-be74e7b40e17a703', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-be74e7b40e17a703', 'mila:jonas-becker', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-be74e7b40e17a703', 'mila:noah-tremblay-roy', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-be74e7b40e17a703', 'mila:sara-lindgren', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-be74e7b40e17a703', 'mila:zoe-muller', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-c0da03b46a75b02b', 'mila:aisha-bello', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-c0da03b46a75b02b', 'mila:diego-ramirez', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-c0da03b46a75b02b', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-c0da03b46a75b02b', 'mila:marguerite-ouellet', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-c18540fba6e6ab06', 'mila:felix-bouchard', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-c18540fba6e6ab06', 'mila:ngozi-eze', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-c18540fba6e6ab06', 'mila:samuel-okonkwo', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-c18540fba6e6ab06', 'mila:sara-lindgren', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-c75f620c6a1759f7', 'mila:malformed-cards', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-c92ad3062e5c8f72', 'mila:diego-ramirez', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-c92ad3062e5c8f72', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-c92ad3062e5c8f72', 'mila:mei-lin-chua', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-c92ad3062e5c8f72', 'mila:nadia-haddad', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-c92b67ba4d9aae22', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-c92b67ba4d9aae22', 'mila:sofia-papadopoulou', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-cafaa7784049ddc8', 'mila:bjorn-halvorsen', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-cafaa7784049ddc8', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-cafaa7784049ddc8', 'mila:felix-bouchard', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-cafaa7784049ddc8', 'mila:francois-cote-levesque', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-cafaa7784049ddc8', 'mila:ines-benali', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-cb016c2cbfaf7c8a', 'mila:yasmine-cherif', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-d1c9b7e36bd1cfad', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-d25d594133f40493', 'mila:aisha-bello', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-d25d594133f40493', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-d25d594133f40493', 'mila:francois-cote-levesque', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-d450cee410680fe3', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-d450cee410680fe3', 'mila:samuel-okonkwo', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-d57af083761e3b20', 'mila:raymond-li', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-d743f2e98dacf3d3', 'mila:aoife-ni-bhriain', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-d743f2e98dacf3d3', 'mila:arjun-mehta', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-d743f2e98dacf3d3', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-d743f2e98dacf3d3', 'mila:kenji-watanabe', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-db3b6cbc5c4ae14c', 'mila:malformed-cards', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-dc22d99d0dc83531', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-dc22d99d0dc83531', 'mila:ines-benali', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-dc22d99d0dc83531', 'mila:lucas-moreau', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-dc22d99d0dc83531', 'mila:zoe-muller', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-de3cd1240f62a817', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-e2ef9e6d7fd3de94', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-e96c8a4d874eed1a', 'mila:camille-dufresne', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-e96c8a4d874eed1a', 'mila:dmitriy-ivanov', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-e96c8a4d874eed1a', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-e96c8a4d874eed1a', 'mila:francois-cote-levesque', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-e96c8a4d874eed1a', 'mila:jonas-becker', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-f1f2a244ef6931af', 'mila:amira-saleh', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-f1f2a244ef6931af', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-f1f2a244ef6931af', 'mila:francois-cote-levesque', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-f1f2a244ef6931af', 'mila:hannah-kowalski', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-f1f2a244ef6931af', 'mila:marguerite-ouellet', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-f1f2a244ef6931af', 'mila:priya-raghunathan', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-f3fd020ba1c0a4fa', 'mila:eloise-berube', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-f3fd020ba1c0a4fa', 'mila:francois-cote-levesque', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-f3fd020ba1c0a4fa', 'mila:jonas-becker', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-f5a196ca51739cdd', 'mila:francois-cote-levesque', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-f5a196ca51739cdd', 'mila:jonas-becker', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-f660dc15fec07e18', 'mila:francois-cote-levesque', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-f660dc15fec07e18', 'mila:noah-tremblay-roy', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-f660dc15fec07e18', 'mila:zoe-muller', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-f67094295a1e31a2', 'mila:raymond-li', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publication_profiles VALUES ('pub-face8a0a4fa222aa', 'mila:malformed-cards', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');


--
-- Data for Name: publications; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.publications VALUES ('pub-02bf05ce7171c710', 'Implicit Regularization of Stochastic Gradient Descent in Linear Networks', NULL, NULL, 'Progress in reinforcement learning has been driven by ever larger models and datasets, yet the reasons behind many of its successes remain poorly understood. We introduce a simple method that learns from unlabelled data and needs no change to the model architecture. Experiments on 8 tasks show consistent gains, and an ablation study attributes most of them to the proposed objective. These results suggest that simple baselines deserve more attention than they currently receive.', true, NULL, true, 2, '[]', '["http://127.0.0.1:8790/en/directory/clara-weiss", "http://127.0.0.1:8790/en/directory/joaquin-herrera"]', 'f1173f2d15ff033c06bc1c1ac30e9304', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-07b4a433b8442794', 'Estimating Treatment Effects from Observational Wearable Data', '2014', 2014, NULL, false, NULL, true, 4, '[]', '["http://127.0.0.1:8790/en/directory/eloise-berube?page=0%2C4", "http://127.0.0.1:8790/en/directory/li-ming", "http://127.0.0.1:8790/en/directory/sara-lindgren", "http://127.0.0.1:8790/en/directory/tomas-aguirre-salas"]', 'b05aa9469d918423e8ef381491f57262', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-0f56f903ef053792', 'Understanding In-Context Learning through Kernel Regression', '2014', 2014, 'We revisit a basic question in reinforcement learning: how much of the progress reported in recent years survives a careful and reproducible evaluation? We propose a principled estimator whose bias and variance can both be controlled by a single interpretable parameter. Experiments on 11 tasks show consistent gains, and an ablation study attributes most of them to the proposed objective. We conclude with a discussion of limitations and of the open questions this work raises.', true, NULL, true, 3, '[]', '["http://127.0.0.1:8790/en/directory/eloise-berube?page=0%2C4", "http://127.0.0.1:8790/en/directory/jonas-becker", "http://127.0.0.1:8790/en/directory/zoe-muller"]', '9056cca19885f6b631db877c6e074e7a', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-11a1b90ffa979ca9', 'Equivariant Networks for Point Cloud Segmentation', NULL, NULL, 'Many practical systems in representation learning rely on assumptions that rarely hold once a model is deployed outside the laboratory. We build a new benchmark with a held-out test set collected after the training data, together with strong and reproducible baselines. Across 11 datasets it improves accuracy by 8 points on average over the strongest baseline while using 68% less compute. Our findings have direct implications for how such systems should be evaluated before deployment.', true, NULL, true, 3, '[]', '["http://127.0.0.1:8790/en/directory/bjorn-halvorsen", "http://127.0.0.1:8790/en/directory/eloise-berube?page=0%2C3", "http://127.0.0.1:8790/en/directory/francois-cote-levesque?page=0%2C1"]', 'af57fcd700b4583d63061f187daf4e9e', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-11e7527981e04e70', 'Calibrated Uncertainty for Graph Neural Networks under Distribution Shift', '2018-06-21', 2018, 'We revisit a basic question in reinforcement learning: how much of the progress reported in recent years survives a careful and reproducible evaluation? We formulate the problem as inference in a latent-variable model and derive an efficient stochastic algorithm to fit it. Experiments on 6 tasks show consistent gains, and an ablation study attributes most of them to the proposed objective. We release our code and data to support further research.', true, NULL, true, 5, '[]', '["http://127.0.0.1:8790/en/directory/camille-dufresne", "http://127.0.0.1:8790/en/directory/eloise-berube?page=0%2C2", "http://127.0.0.1:8790/en/directory/emile-fortin", "http://127.0.0.1:8790/en/directory/samuel-okonkwo", "http://127.0.0.1:8790/en/directory/tomas-aguirre-salas"]', 'ef6ade972125b4d36f7584db3bbc0fb9', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-14b0ccf037ee8913', 'Knowledge Distillation for On-Device Keyword Spotting', '2015-03', 2015, 'Progress in representation learning has been driven by ever larger models and datasets, yet the reasons behind many of its successes remain poorly understood. We build a new benchmark with a held-out test set collected after the training data, together with strong and reproducible baselines. In a study with 11 participants, practitioners preferred the resulting models in 36% of the pairwise comparisons. We conclude with a discussion of limitations and of the open questions this work raises.', true, NULL, true, 3, '[]', '["http://127.0.0.1:8790/en/directory/benoit-gagnon", "http://127.0.0.1:8790/en/directory/francois-cote-levesque?page=0%2C1", "http://127.0.0.1:8790/en/directory/li-ming"]', '7d6022d23cd3a9427bf45d7ee6166f26', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-14b51c2f12433085', 'Hierarchical Planning with Learned World Models', '2020-07', 2020, 'Progress in graph learning has been driven by ever larger models and datasets, yet the reasons behind many of its successes remain poorly understood. We propose a principled estimator whose bias and variance can both be controlled by a single interpretable parameter. On 6 benchmarks the method matches the state of the art with 64% fewer parameters and trains in under a day on one GPU. These results suggest that simple baselines deserve more attention than they currently receive.', true, NULL, true, 4, '[]', '["http://127.0.0.1:8790/en/directory/camille-dufresne", "http://127.0.0.1:8790/en/directory/eloise-berube?page=0%2C1", "http://127.0.0.1:8790/en/directory/francois-cote-levesque", "http://127.0.0.1:8790/en/directory/zoe-muller"]', 'a51a00a4c287983b43c0c43a64605163', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-15be2d679796ebb7', 'Efficient Exact Inference in Sum-Product Networks', '2017-05-09', 2017, 'Despite a decade of work in natural language processing, most methods still need large amounts of carefully labelled data before they become useful. We formulate the problem as inference in a latent-variable model and derive an efficient stochastic algorithm to fit it. Experiments on 7 tasks show consistent gains, and an ablation study attributes most of them to the proposed objective. We conclude with a discussion of limitations and of the open questions this work raises.', true, NULL, true, 1, '[]', '["http://127.0.0.1:8790/en/directory/yuki-sato"]', 'f7d3c2f855ac320a8b4da269334e05cf', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-17016f84f89ede1c', 'Optimal Transport for Domain Adaptation in Remote Sensing', '2024', 2024, 'Despite a decade of work in machine learning for health, most methods still need large amounts of carefully labelled data before they become useful. We propose a principled estimator whose bias and variance can both be controlled by a single interpretable parameter. On 8 benchmarks the method matches the state of the art with 29% fewer parameters and trains in under a day on one GPU. Our findings have direct implications for how such systems should be evaluated before deployment.', true, NULL, true, 1, '[]', '["http://127.0.0.1:8790/en/directory/fatima-zahra-el-idrissi"]', '2d49df34e2f42d4fda8103cdbf484906', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-1b2648aafe94be93', 'Self-Supervised Learning of Robot Grasping from Play Data', '2019-08-05', 2019, NULL, false, NULL, true, 3, '[]', '["http://127.0.0.1:8790/en/directory/eloise-berube?page=0%2C2", "http://127.0.0.1:8790/en/directory/francois-cote-levesque", "http://127.0.0.1:8790/en/directory/sara-lindgren"]', '3fbf6c24a9646acc801d94ac69338041', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-276d6504a3e3989b', 'Active Learning for Wildlife Camera-Trap Imagery', '2022', 2022, 'We revisit a basic question in probabilistic modelling: how much of the progress reported in recent years survives a careful and reproducible evaluation? We introduce a simple method that learns from unlabelled data and needs no change to the model architecture. Experiments on 10 tasks show consistent gains, and an ablation study attributes most of them to the proposed objective. These results suggest that simple baselines deserve more attention than they currently receive.', true, NULL, true, 2, '[]', '["http://127.0.0.1:8790/en/directory/malformed-cards", "http://127.0.0.1:8790/en/directory/priya-raghunathan"]', '6953e3193018d8c77130a5b6e8968f9a', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-2dcf98b9fc697c69', 'Self-Training for Low-Resource Indigenous Language Speech Recognition', NULL, NULL, 'Despite a decade of work in machine learning for health, most methods still need large amounts of carefully labelled data before they become useful. We propose a principled estimator whose bias and variance can both be controlled by a single interpretable parameter. On 7 benchmarks the method matches the state of the art with 64% fewer parameters and trains in under a day on one GPU. Our findings have direct implications for how such systems should be evaluated before deployment.', true, 18, true, 2, '[]', '["http://127.0.0.1:8790/en/directory/camille-dufresne", "http://127.0.0.1:8790/en/directory/eloise-berube"]', 'dccba439834dc339ab915bcb6b1fb940', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-2fdb112ba714b6b5', 'Retrieval-Augmented Generation for Legal Question Answering', '2024-02-12', 2024, 'Recent work in reinforcement learning has shown impressive results on standard benchmarks, but those benchmarks capture only a narrow slice of real use. Our approach combines a learned prior with a lightweight correction step that can be added to existing training pipelines. In a study with 5 participants, practitioners preferred the resulting models in 69% of the pairwise comparisons. We conclude with a discussion of limitations and of the open questions this work raises.', true, NULL, true, 1, '[]', '["http://127.0.0.1:8790/en/directory/rafael-gutierrez"]', '83f8b2847f1f79836fd22921a43c9d2b', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-3351cd35a1b2294f', 'Protein Structure Refinement with Equivariant Diffusion', NULL, NULL, 'Many practical systems in speech processing rely on assumptions that rarely hold once a model is deployed outside the laboratory. We propose a principled estimator whose bias and variance can both be controlled by a single interpretable parameter. Experiments on 12 tasks show consistent gains, and an ablation study attributes most of them to the proposed objective. We release our code and data to support further research.', true, NULL, true, 1, '[]', '["http://127.0.0.1:8790/en/directory/malformed-cards"]', '1495a7ea81424194a6facbb7effab5a0', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-3374c6ffe06adb45', 'Reward Model Overoptimization in Language Model Alignment', '2018', 2018, 'Progress in optimization for deep learning has been driven by ever larger models and datasets, yet the reasons behind many of its successes remain poorly understood. Our approach combines a learned prior with a lightweight correction step that can be added to existing training pipelines. In a study with 4 participants, practitioners preferred the resulting models in 16% of the pairwise comparisons. We conclude with a discussion of limitations and of the open questions this work raises.', true, 20, true, 3, '[]', '["http://127.0.0.1:8790/en/directory/benoit-gagnon", "http://127.0.0.1:8790/en/directory/eloise-berube?page=0%2C3", "http://127.0.0.1:8790/en/directory/mateus-oliveira"]', '2e5ac5e6db682c935e516da531f0de2a', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-3afc7a546ce9840a', 'Language Models as Zero-Shot Planners for Household Robots', '2020-07-16', 2020, 'Recent work in probabilistic modelling has shown impressive results on standard benchmarks, but those benchmarks capture only a narrow slice of real use. We propose a principled estimator whose bias and variance can both be controlled by a single interpretable parameter. In a study with 3 participants, practitioners preferred the resulting models in 20% of the pairwise comparisons. We conclude with a discussion of limitations and of the open questions this work raises.', true, NULL, true, 3, '[]', '["http://127.0.0.1:8790/en/directory/aisha-bello", "http://127.0.0.1:8790/en/directory/amira-saleh", "http://127.0.0.1:8790/en/directory/eloise-berube?page=0%2C1"]', '7aba780e15a97583a9b7d9596363632a', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-3e8b0198cc0bca9b', 'Apprentissage par renforcement hors ligne pour la gestion de réseaux électriques', NULL, NULL, 'Many practical systems in speech processing rely on assumptions that rarely hold once a model is deployed outside the laboratory. We formulate the problem as inference in a latent-variable model and derive an efficient stochastic algorithm to fit it. On 10 benchmarks the method matches the state of the art with 50% fewer parameters and trains in under a day on one GPU. Our findings have direct implications for how such systems should be evaluated before deployment.', true, NULL, true, 4, '["title_variants"]', '["http://127.0.0.1:8790/en/directory/camille-dufresne", "http://127.0.0.1:8790/en/directory/eloise-berube?page=0%2C3", "http://127.0.0.1:8790/en/directory/francois-cote-levesque?page=0%2C1", "http://127.0.0.1:8790/en/directory/jonas-becker"]', 'd7bef52d9e9a0f474e96ba380fd42d21', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-4200e30d2ffd6632', 'Learning Invariant Features for Out-of-Distribution Generalization', NULL, NULL, 'Many practical systems in probabilistic modelling rely on assumptions that rarely hold once a model is deployed outside the laboratory. We propose a principled estimator whose bias and variance can both be controlled by a single interpretable parameter. Across 10 datasets it improves accuracy by 4 points on average over the strongest baseline while using 57% less compute. Our findings have direct implications for how such systems should be evaluated before deployment.', true, NULL, true, 3, '[]', '["http://127.0.0.1:8790/en/directory/eloise-berube?page=0%2C4", "http://127.0.0.1:8790/en/directory/francois-cote-levesque?page=0%2C1", "http://127.0.0.1:8790/en/directory/samuel-okonkwo"]', 'cc7df6f8bda59219b6eb7315b384340e', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-4439806897ba6ce2', 'Open-Vocabulary Object Detection for Agricultural Robots', '2018-10-13', 2018, 'Many practical systems in natural language processing rely on assumptions that rarely hold once a model is deployed outside the laboratory. We formulate the problem as inference in a latent-variable model and derive an efficient stochastic algorithm to fit it. Experiments on 5 tasks show consistent gains, and an ablation study attributes most of them to the proposed objective. Our findings have direct implications for how such systems should be evaluated before deployment.', true, NULL, true, 1, '[]', '["http://127.0.0.1:8790/en/directory/li-ming"]', '9ea83982860ae1475b6517a0fdf4bf41', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-4e985f4ac25d5cc3', 'Few-Shot Named Entity Recognition for Clinical Notes', '2018', 2018, NULL, false, NULL, true, 3, '[]', '["http://127.0.0.1:8790/en/directory/eloise-berube?page=0%2C2", "http://127.0.0.1:8790/en/directory/ines-carvalho", "http://127.0.0.1:8790/en/directory/mateus-oliveira"]', '5247c380a9f7f0f447a743adfbc9b572', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-5211430f30677cc7', 'Neural Operators for Climate Downscaling', NULL, NULL, 'We study the spectral norm of random kernel matrices built from n points. For a bandwidth h we show that $\|K_h - \mathbb{E} K_h\|_{op} = O_P\big(', false, NULL, true, 5, '["abstract_truncated"]', '["http://127.0.0.1:8790/en/directory/camille-dufresne", "http://127.0.0.1:8790/en/directory/dmitriy-ivanov", "http://127.0.0.1:8790/en/directory/eloise-berube", "http://127.0.0.1:8790/en/directory/francois-cote-levesque", "http://127.0.0.1:8790/en/directory/thomas-bergeron"]', 'e7af7e67e44a903807d9875f0188c9b7', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-5288a757db07f89a', 'Low-Rank Adaptation Revisited: When Does It Fail?', '2013-08', 2013, 'Despite a decade of work in natural language processing, most methods still need large amounts of carefully labelled data before they become useful. We introduce a simple method that learns from unlabelled data and needs no change to the model architecture. In a study with 7 participants, practitioners preferred the resulting models in 45% of the pairwise comparisons. We conclude with a discussion of limitations and of the open questions this work raises.', true, 18, true, 2, '[]', '["http://127.0.0.1:8790/en/directory/eloise-berube?page=0%2C5", "http://127.0.0.1:8790/en/directory/etienne-marchand"]', '3308369de9718322a07b64bcbaaa60d4', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-594140288a847dfb', 'Certified Robustness of Speech Recognizers to Adversarial Noise', '2017-10-02', 2017, 'We revisit a basic question in machine learning for health: how much of the progress reported in recent years survives a careful and reproducible evaluation? We formulate the problem as inference in a latent-variable model and derive an efficient stochastic algorithm to fit it. Experiments on 10 tasks show consistent gains, and an ablation study attributes most of them to the proposed objective. These results suggest that simple baselines deserve more attention than they currently receive.', true, NULL, true, 5, '["title_variants"]', '["http://127.0.0.1:8790/en/directory/amira-saleh", "http://127.0.0.1:8790/en/directory/eloise-berube?page=0%2C3", "http://127.0.0.1:8790/en/directory/marguerite-ouellet", "http://127.0.0.1:8790/en/directory/mateus-oliveira", "http://127.0.0.1:8790/en/directory/sara-lindgren"]', 'fb9fd84d1b60e821a4e27b5b0e62084e', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-59e192dfd9c4b340', 'Mechanistic Interpretability of Arithmetic in Small Transformers', '2019-12-18', 2019, 'Many practical systems in climate informatics rely on assumptions that rarely hold once a model is deployed outside the laboratory. We build a new benchmark with a held-out test set collected after the training data, together with strong and reproducible baselines. In a study with 12 participants, practitioners preferred the resulting models in 66% of the pairwise comparisons. These results suggest that simple baselines deserve more attention than they currently receive.', true, NULL, true, 2, '[]', '["http://127.0.0.1:8790/en/directory/camille-dufresne", "http://127.0.0.1:8790/en/directory/eloise-berube?page=0%2C2"]', '35919d4767d5185126415d612764390c', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-5b6915108f9cc8c1', 'Evaluating Numeracy of Language Models as a Natural Language Inference Task', NULL, NULL, 'While recent advancements in large language models (LLMs) have enhanced their capabilities to solve mathematical problems, other aspects of numeracy remain underexplored. In this paper, we propose a benchmark to evaluate the ability of language models to perform basic numeracy tasks. We frame numeracy as a Natural Language Inference (NLI) task to assess the models’ ability to understand both numbers and language contexts. We evaluate 49 language models (LMs), including fine-tuned LMs on NLI datasets, instruction-tuned LLMs, and specialized math-LLMs. Our findings reveal three main insights: (1) LLMs only clearly outperform smaller LMs in arithmetic tasks, indicating that mathematical reasoning cannot be generalized to other numeracy skills such as number comparison and normalization; (2) while most language models achieve fair to good accuracy for NLI entailment cases, they still struggle to predict contradiction and neutral cases; and (3) the robustness of language models’ numeracy capabilities needs improvement, particularly in understanding the semantics and pragmatics of numbers in linguistic contexts.', true, 500, false, 2, '["author_count_mismatch", "authors_contain_citation_text"]', '["http://127.0.0.1:8790/en/directory/raymond-li"]', '93646927a15e5f275a1aacb1960b6619', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-5ba1baac311befe2', 'Interpretable Attention Maps for Histopathology Slide Classification', NULL, NULL, 'We revisit a basic question in graph learning: how much of the progress reported in recent years survives a careful and reproducible evaluation? We propose a principled estimator whose bias and variance can both be controlled by a single interpretable parameter. Across 3 datasets it improves accuracy by 7 points on average over the strongest baseline while using 20% less compute. We conclude with a discussion of limitations and of the open questions this work raises.', true, NULL, true, 2, '[]', '["http://127.0.0.1:8790/en/directory/malformed-cards", "http://127.0.0.1:8790/en/directory/ravi-shankar-iyer"]', '005d8433b9ac05c14f483dacba132b38', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-5e896a7a0250ce46', 'Meta-Learning Priors for Bayesian Optimization in Drug Discovery', NULL, NULL, 'Despite a decade of work in speech processing, most methods still need large amounts of carefully labelled data before they become useful. Our approach combines a learned prior with a lightweight correction step that can be added to existing training pipelines. Experiments on 6 tasks show consistent gains, and an ablation study attributes most of them to the proposed objective. We conclude with a discussion of limitations and of the open questions this work raises.', true, NULL, true, 3, '["author_list_variants"]', '["http://127.0.0.1:8790/en/directory/henrik-lindqvist", "http://127.0.0.1:8790/en/directory/mohammed-al-amin", "http://127.0.0.1:8790/en/directory/noah-tremblay-roy"]', '253d7bf5d30280816646a92919023524', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-5f4c93ce48d0bb5a', 'Curriculum Design for Multi-Agent Cooperation', '2023', 2023, 'Progress in speech processing has been driven by ever larger models and datasets, yet the reasons behind many of its successes remain poorly understood. Our approach combines a learned prior with a lightweight correction step that can be added to existing training pipelines. Experiments on 11 tasks show consistent gains, and an ablation study attributes most of them to the proposed objective. We release our code and data to support further research.', true, NULL, true, 3, '[]', '["http://127.0.0.1:8790/en/directory/arjun-mehta", "http://127.0.0.1:8790/en/directory/samuel-okonkwo", "http://127.0.0.1:8790/en/directory/zoe-muller"]', '647870ccca89926b4b317d5f1d60d53f', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-5f5d59c89e79c578', 'Sparse Attention Kernels for Long-Context Language Models', '2013-06', 2013, 'We revisit a basic question in climate informatics: how much of the progress reported in recent years survives a careful and reproducible evaluation? We formulate the problem as inference in a latent-variable model and derive an efficient stochastic algorithm to fit it. In a study with 10 participants, practitioners preferred the resulting models in 26% of the pairwise comparisons. We conclude with a discussion of limitations and of the open questions this work raises.', true, 21, true, 2, '[]', '["http://127.0.0.1:8790/en/directory/camille-dufresne", "http://127.0.0.1:8790/en/directory/eloise-berube?page=0%2C4"]', 'f7cbf2583b17d71cfa3fae53b4434887', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-62ee0d51140543df', 'Safe Policy Improvement with Baseline Bootstrapping', '2021-07-02', 2021, 'Many practical systems in representation learning rely on assumptions that rarely hold once a model is deployed outside the laboratory. Our approach combines a learned prior with a lightweight correction step that can be added to existing training pipelines. Experiments on 6 tasks show consistent gains, and an ablation study attributes most of them to the proposed objective. Our findings have direct implications for how such systems should be evaluated before deployment.', true, NULL, true, 2, '[]', '["http://127.0.0.1:8790/en/directory/benoit-gagnon", "http://127.0.0.1:8790/en/directory/noah-tremblay-roy"]', '0fd6dfe418fe9ed475fc0423db58402a', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-63d841d6413b42b7', 'Audio-Visual Speech Enhancement in Noisy Classrooms', NULL, NULL, 'We revisit a basic question in climate informatics: how much of the progress reported in recent years survives a careful and reproducible evaluation? We introduce a simple method that learns from unlabelled data and needs no change to the model architecture. Across 11 datasets it improves accuracy by 4 points on average over the strongest baseline while using 63% less compute. We conclude with a discussion of limitations and of the open questions this work raises.', true, NULL, true, 2, '[]', '["http://127.0.0.1:8790/en/directory/eloise-berube?page=0%2C4", "http://127.0.0.1:8790/en/directory/hyun-woo-park"]', '3f36ccfa1e7605e8de68dd11c6be52e9', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-6408e354bd4a8ad3', 'Dialogue State Tracking with Schema-Guided Prompts', NULL, NULL, 'Recent work in representation learning has shown impressive results on standard benchmarks, but those benchmarks capture only a narrow slice of real use. We propose a principled estimator whose bias and variance can both be controlled by a single interpretable parameter. Experiments on 11 tasks show consistent gains, and an ablation study attributes most of them to the proposed objective. We conclude with a discussion of limitations and of the open questions this work raises.', true, NULL, true, 3, '[]', '["http://127.0.0.1:8790/en/directory/arjun-mehta", "http://127.0.0.1:8790/en/directory/clara-weiss", "http://127.0.0.1:8790/en/directory/samuel-okonkwo"]', 'ed014342910a69d67f47c5b8feb769df', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-65339ae8d23b24dd', 'Federated Learning with Heterogeneous Clients and Partial Participation', '2017-12-17', 2017, 'Despite a decade of work in graph learning, most methods still need large amounts of carefully labelled data before they become useful. Our approach combines a learned prior with a lightweight correction step that can be added to existing training pipelines. Across 8 datasets it improves accuracy by 2 points on average over the strongest baseline while using 21% less compute. These results suggest that simple baselines deserve more attention than they currently receive.', true, 14, true, 6, '[]', '["http://127.0.0.1:8790/en/directory/eloise-berube?page=0%2C3", "http://127.0.0.1:8790/en/directory/francois-cote-levesque?page=0%2C1", "http://127.0.0.1:8790/en/directory/mateus-oliveira", "http://127.0.0.1:8790/en/directory/ngozi-eze", "http://127.0.0.1:8790/en/directory/samuel-okonkwo"]', '5828a6ed0f1fd7c12e3d566880b2006e', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-691fa04cb8d37070', 'Fair Ranking under Uncertain Group Membership', '2013', 2013, 'Progress in optimization for deep learning has been driven by ever larger models and datasets, yet the reasons behind many of its successes remain poorly understood. Our approach combines a learned prior with a lightweight correction step that can be added to existing training pipelines. On 7 benchmarks the method matches the state of the art with 59% fewer parameters and trains in under a day on one GPU. Our findings have direct implications for how such systems should be evaluated before deployment.', true, NULL, true, 2, '[]', '["http://127.0.0.1:8790/en/directory/eloise-berube?page=0%2C5", "http://127.0.0.1:8790/en/directory/rafael-gutierrez"]', 'bcef668aa029fbf2ee97755cadda84cb', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-6a7c2d4b701256d3', 'Contrastive Pretraining for Satellite Image Time Series', '2022-08-15', 2022, 'Despite a decade of work in optimization for deep learning, most methods still need large amounts of carefully labelled data before they become useful. Our approach combines a learned prior with a lightweight correction step that can be added to existing training pipelines. Across 11 datasets it improves accuracy by 5 points on average over the strongest baseline while using 53% less compute. We conclude with a discussion of limitations and of the open questions this work raises.', true, 9, true, 2, '[]', '["http://127.0.0.1:8790/en/directory/eloise-berube", "http://127.0.0.1:8790/en/directory/lina-haddad-khoury"]', '3048877043140778da94737aafbd113e', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-71d48cdaf607bc89', 'Uncertainty-Aware Triage Models for Emergency Departments', '2018', 2018, 'Recent work in machine learning for health has shown impressive results on standard benchmarks, but those benchmarks capture only a narrow slice of real use. We introduce a simple method that learns from unlabelled data and needs no change to the model architecture. In a study with 10 participants, practitioners preferred the resulting models in 62% of the pairwise comparisons. These results suggest that simple baselines deserve more attention than they currently receive.', true, NULL, true, 5, '[]', '["http://127.0.0.1:8790/en/directory/chloe-lefebvre", "http://127.0.0.1:8790/en/directory/eloise-berube?page=0%2C3", "http://127.0.0.1:8790/en/directory/francois-cote-levesque?page=0%2C1", "http://127.0.0.1:8790/en/directory/jonas-becker", "http://127.0.0.1:8790/en/directory/marguerite-ouellet"]', '09d328dad864fcc0fe6f55aebe7f3435', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-7226c6e237c91aca', 'Neural Radiance Fields for Indoor Scene Reconstruction', NULL, NULL, 'We revisit a basic question in graph learning: how much of the progress reported in recent years survives a careful and reproducible evaluation? We formulate the problem as inference in a latent-variable model and derive an efficient stochastic algorithm to fit it. Across 10 datasets it improves accuracy by 9 points on average over the strongest baseline while using 34% less compute. We release our code and data to support further research.', true, NULL, true, 1, '[]', '["http://127.0.0.1:8790/en/directory/felix-bouchard"]', 'b65dee6da9506719c768489e44d95f29', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-79c4275982779118', 'Gradient Noise and Generalization in Deep Networks', '2013-05-10', 2013, 'Recent work in speech processing has shown impressive results on standard benchmarks, but those benchmarks capture only a narrow slice of real use. We propose a principled estimator whose bias and variance can both be controlled by a single interpretable parameter. In a study with 5 participants, practitioners preferred the resulting models in 64% of the pairwise comparisons. We release our code and data to support further research.', true, NULL, true, 3, '[]', '["http://127.0.0.1:8790/en/directory/aisha-bello", "http://127.0.0.1:8790/en/directory/anais-caron", "http://127.0.0.1:8790/en/directory/ines-benali"]', '69a43631cbcda4a1e9c465f433d48523', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-7a0cfe862bd28739', 'Zero-Shot Transfer for Cross-Lingual Question Answering', '2013', 2013, 'Recent work in probabilistic modelling has shown impressive results on standard benchmarks, but those benchmarks capture only a narrow slice of real use. We introduce a simple method that learns from unlabelled data and needs no change to the model architecture. On 8 benchmarks the method matches the state of the art with 24% fewer parameters and trains in under a day on one GPU. These results suggest that simple baselines deserve more attention than they currently receive.', true, NULL, true, 4, '[]', '["http://127.0.0.1:8790/en/directory/camille-dufresne?page=0%2C1", "http://127.0.0.1:8790/en/directory/eloise-berube?page=0%2C5", "http://127.0.0.1:8790/en/directory/mathieu-gauthier", "http://127.0.0.1:8790/en/directory/zoe-muller"]', '1423453c81516e85ce84e13e7bad5ea4', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-7bd299d1d3c3bdb7', 'Learning Physical Dynamics from Video with Graph Simulators', NULL, NULL, 'We revisit a basic question in climate informatics: how much of the progress reported in recent years survives a careful and reproducible evaluation? We propose a principled estimator whose bias and variance can both be controlled by a single interpretable parameter. On 11 benchmarks the method matches the state of the art with 23% fewer parameters and trains in under a day on one GPU. We release our code and data to support further research.', true, NULL, true, 5, '[]', '["http://127.0.0.1:8790/en/directory/eloise-berube?page=0%2C1", "http://127.0.0.1:8790/en/directory/francois-cote-levesque", "http://127.0.0.1:8790/en/directory/lucas-moreau", "http://127.0.0.1:8790/en/directory/olga-petrova", "http://127.0.0.1:8790/en/directory/samuel-okonkwo"]', '69546978d033978d7e9cb940df2bab23', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-7da1ffc64ccaa77a', 'Robust Parsing of Scholarly Web Pages', NULL, NULL, 'Scholarly web pages hide long author lists behind buttons and counters. We describe a parser that keeps every name it sees and flags what it cannot verify.', true, NULL, true, 1, '["author_marker_without_count"]', '["http://127.0.0.1:8790/en/directory/malformed-cards"]', '84577867976dd4ead0dddc7cb363d74c', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-7dada7d6c895fd1c', 'A Benchmark for Multilingual Speech Translation in Low-Resource Settings', NULL, NULL, 'Many practical systems in natural language processing rely on assumptions that rarely hold once a model is deployed outside the laboratory. We formulate the problem as inference in a latent-variable model and derive an efficient stochastic algorithm to fit it. Across 12 datasets it improves accuracy by 7 points on average over the strongest baseline while using 47% less compute. We release our code and data to support further research.', true, 20, false, 3, '["author_count_mismatch"]', '["http://127.0.0.1:8790/en/directory/eloise-berube?page=0%2C4", "http://127.0.0.1:8790/en/directory/emile-fortin", "http://127.0.0.1:8790/en/directory/priya-raghunathan"]', 'c00a5ce54c4bf2883948a05036bedad7', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-82dba23c6f0b50be', 'Offline Evaluation of Recommender Systems with Counterfactual Estimators', '2013-10', 2013, NULL, false, NULL, true, 4, '[]', '["http://127.0.0.1:8790/en/directory/eloise-berube?page=0%2C4", "http://127.0.0.1:8790/en/directory/emile-fortin", "http://127.0.0.1:8790/en/directory/hannah-kowalski", "http://127.0.0.1:8790/en/directory/priya-raghunathan"]', '27dbf8c469dce72a17e2bc3de9c8ab47', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-838790c538be1503', 'Spectral Methods for Community Detection in Sparse Graphs', NULL, NULL, NULL, false, NULL, true, 6, '[]', '["http://127.0.0.1:8790/en/directory/eloise-berube?page=0%2C5", "http://127.0.0.1:8790/en/directory/francois-cote-levesque?page=0%2C2", "http://127.0.0.1:8790/en/directory/ines-benali", "http://127.0.0.1:8790/en/directory/jonas-becker", "http://127.0.0.1:8790/en/directory/ngozi-eze", "http://127.0.0.1:8790/en/directory/zoe-muller"]', 'f584f2cd94f6b7fd944750ceddf8e2cf', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-83a5f193b7bb37b4', 'Adversarial Training for Robust Tabular Classifiers', '2021-03-26', 2021, 'Many practical systems in climate informatics rely on assumptions that rarely hold once a model is deployed outside the laboratory. We propose a principled estimator whose bias and variance can both be controlled by a single interpretable parameter. On 4 benchmarks the method matches the state of the art with 63% fewer parameters and trains in under a day on one GPU. Our findings have direct implications for how such systems should be evaluated before deployment.', true, NULL, true, 2, '[]', '["http://127.0.0.1:8790/en/directory/li-ming", "http://127.0.0.1:8790/en/directory/mateus-oliveira"]', '16c8665cb74f7722b1a71449e54baf3b', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-8593d01e6c56198c', 'Learning Rate Warmup Demystified', '2022-08-05', 2022, 'Many practical systems in natural language processing rely on assumptions that rarely hold once a model is deployed outside the laboratory. We build a new benchmark with a held-out test set collected after the training data, together with strong and reproducible baselines. Experiments on 6 tasks show consistent gains, and an ablation study attributes most of them to the proposed objective. These results suggest that simple baselines deserve more attention than they currently receive.', true, NULL, true, 2, '[]', '["http://127.0.0.1:8790/en/directory/fatima-zahra-el-idrissi", "http://127.0.0.1:8790/en/directory/francois-cote-levesque"]', 'a1c05496ff9d0691f1cd84cc1293b37d', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-97e744c2bd66f369', 'Compositional Generalization in Semantic Parsing', NULL, NULL, 'Many practical systems in representation learning rely on assumptions that rarely hold once a model is deployed outside the laboratory. We introduce a simple method that learns from unlabelled data and needs no change to the model architecture. In a study with 3 participants, practitioners preferred the resulting models in 58% of the pairwise comparisons. Our findings have direct implications for how such systems should be evaluated before deployment.', true, NULL, true, 4, '[]', '["http://127.0.0.1:8790/en/directory/chloe-lefebvre", "http://127.0.0.1:8790/en/directory/eloise-berube", "http://127.0.0.1:8790/en/directory/emile-fortin", "http://127.0.0.1:8790/en/directory/noah-tremblay-roy"]', 'f92ed7c77b7f2c805393cabea32a8b90', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-9de566b5611b5f61', 'On the Stability of Adam-Style Optimizers in Low Precision', '2020-10-20', 2020, 'Despite a decade of work in reinforcement learning, most methods still need large amounts of carefully labelled data before they become useful. Our approach combines a learned prior with a lightweight correction step that can be added to existing training pipelines. Experiments on 12 tasks show consistent gains, and an ablation study attributes most of them to the proposed objective. We conclude with a discussion of limitations and of the open questions this work raises.', true, NULL, true, 3, '[]', '["http://127.0.0.1:8790/en/directory/eloise-berube?page=0%2C1", "http://127.0.0.1:8790/en/directory/olivier-st-pierre", "http://127.0.0.1:8790/en/directory/samuel-okonkwo"]', '1e851cb243448d2d76687568e72df1ca', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-a02a75d102cade60', 'Tokenization Matters: Subword Choices in Morphologically Rich Languages', '2013-04-08', 2013, 'Despite a decade of work in climate informatics, most methods still need large amounts of carefully labelled data before they become useful. We formulate the problem as inference in a latent-variable model and derive an efficient stochastic algorithm to fit it. Across 6 datasets it improves accuracy by 7 points on average over the strongest baseline while using 68% less compute. These results suggest that simple baselines deserve more attention than they currently receive.', true, NULL, true, 2, '[]', '["http://127.0.0.1:8790/en/directory/etienne-marchand", "http://127.0.0.1:8790/en/directory/nikolai-sorokin"]', 'af0329bd6001338280f41923f31e1a34', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-a0694ff80c22aa8b', 'Variational Inference for Phylogenetic Trees', '2018-08-09', 2018, 'Despite a decade of work in probabilistic modelling, most methods still need large amounts of carefully labelled data before they become useful. We build a new benchmark with a held-out test set collected after the training data, together with strong and reproducible baselines. Across 10 datasets it improves accuracy by 2 points on average over the strongest baseline while using 41% less compute. We conclude with a discussion of limitations and of the open questions this work raises.', true, NULL, true, 3, '[]', '["http://127.0.0.1:8790/en/directory/hannah-kowalski", "http://127.0.0.1:8790/en/directory/kofi-asante", "http://127.0.0.1:8790/en/directory/thomas-bergeron"]', '7ec19e7da3a36bc6d6ca2173df4c5edc', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-a096078c4e8c5fb2', 'Detecting Hallucinations in Abstractive Summarization', NULL, NULL, NULL, false, NULL, true, 3, '[]', '["http://127.0.0.1:8790/en/directory/diego-ramirez", "http://127.0.0.1:8790/en/directory/eloise-berube?page=0%2C2", "http://127.0.0.1:8790/en/directory/tanaka-hanako"]', 'f16db51b79ba11af687a27802d05345c', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-a82d1d619a6a0ffb', 'A Study of Label Noise in Crowdsourced Medical Annotations', NULL, NULL, 'We revisit a basic question in representation learning: how much of the progress reported in recent years survives a careful and reproducible evaluation? We formulate the problem as inference in a latent-variable model and derive an efficient stochastic algorithm to fit it. Across 4 datasets it improves accuracy by 7 points on average over the strongest baseline while using 63% less compute. These results suggest that simple baselines deserve more attention than they currently receive.', true, NULL, true, 3, '[]', '["http://127.0.0.1:8790/en/directory/eloise-berube", "http://127.0.0.1:8790/en/directory/francois-cote-levesque", "http://127.0.0.1:8790/en/directory/lina-haddad-khoury"]', '668ed767aba6c602cb8e3c28b8b999d5', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-aff845cac4f64653', 'Graph Neural Networks for Molecular Property Prediction', '2023-10-25', 2023, 'Recent work in reinforcement learning has shown impressive results on standard benchmarks, but those benchmarks capture only a narrow slice of real use. We propose a principled estimator whose bias and variance can both be controlled by a single interpretable parameter. In a study with 9 participants, practitioners preferred the resulting models in 67% of the pairwise comparisons. These results suggest that simple baselines deserve more attention than they currently receive.', true, NULL, true, 4, '["title_variants"]', '["http://127.0.0.1:8790/en/directory/camille-dufresne", "http://127.0.0.1:8790/en/directory/eloise-berube", "http://127.0.0.1:8790/en/directory/hannah-kowalski", "http://127.0.0.1:8790/en/directory/nadia-haddad"]', 'bdf2d7528f39a76c7497e8501f5d04db', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-b19ea192b6a28bf1', 'Learning to Route: Reinforcement Learning for Urban Delivery Fleets', NULL, NULL, NULL, false, NULL, true, 2, '[]', '["http://127.0.0.1:8790/en/directory/noah-tremblay-roy", "http://127.0.0.1:8790/en/directory/zoe-muller"]', '01f1380d2f5a0b02345784a1602709be', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-b3fc6e9399d02bcd', 'Efficient Transformers for Genomic Sequence Modelling', NULL, NULL, 'Many practical systems in speech processing rely on assumptions that rarely hold once a model is deployed outside the laboratory. We build a new benchmark with a held-out test set collected after the training data, together with strong and reproducible baselines. On 7 benchmarks the method matches the state of the art with 57% fewer parameters and trains in under a day on one GPU. Our findings have direct implications for how such systems should be evaluated before deployment.', true, NULL, true, 2, '[]', '["http://127.0.0.1:8790/en/directory/camille-dufresne", "http://127.0.0.1:8790/en/directory/jonas-becker"]', 'c96875e60b9c2cdd1791ccf6338ee053', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-b704472c77e28e51', 'Robust Speech Recognition for Québécois French', '2019-04-17', 2019, 'Despite a decade of work in representation learning, most methods still need large amounts of carefully labelled data before they become useful. We formulate the problem as inference in a latent-variable model and derive an efficient stochastic algorithm to fit it. Across 12 datasets it improves accuracy by 2 points on average over the strongest baseline while using 69% less compute. Our findings have direct implications for how such systems should be evaluated before deployment.', true, 17, true, 4, '[]', '["http://127.0.0.1:8790/en/directory/amira-saleh", "http://127.0.0.1:8790/en/directory/eloise-berube?page=0%2C2", "http://127.0.0.1:8790/en/directory/felix-bouchard", "http://127.0.0.1:8790/en/directory/mateus-oliveira"]', '6ede83567847dfc144397ad91da14ede', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-ba6e7e21b2515533', 'Neural Architecture Search under Hardware Constraints', NULL, NULL, NULL, false, NULL, true, 3, '[]', '["http://127.0.0.1:8790/en/directory/eloise-berube?page=0%2C3", "http://127.0.0.1:8790/en/directory/jonas-becker", "http://127.0.0.1:8790/en/directory/zoe-muller"]', '126bffd774f02500831d042ec0ad5bf8', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-bc09842561a32a2d', 'Sequential Monte Carlo for Probabilistic Programs', NULL, NULL, 'We revisit a basic question in reinforcement learning: how much of the progress reported in recent years survives a careful and reproducible evaluation? Our approach combines a learned prior with a lightweight correction step that can be added to existing training pipelines. Across 11 datasets it improves accuracy by 9 points on average over the strongest baseline while using 18% less compute. Our findings have direct implications for how such systems should be evaluated before deployment.', true, NULL, true, 4, '[]', '["http://127.0.0.1:8790/en/directory/chloe-lefebvre", "http://127.0.0.1:8790/en/directory/eloise-berube?page=0%2C2", "http://127.0.0.1:8790/en/directory/mateus-oliveira", "http://127.0.0.1:8790/en/directory/thomas-bergeron"]', 'a3136d17ee1041768646f930e08156de', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-bc94aee0d26f371c', 'Probabilistic Forecasting of Hydroelectric Inflows', NULL, NULL, 'Progress in computer vision has been driven by ever larger models and datasets, yet the reasons behind many of its successes remain poorly understood. We propose a principled estimator whose bias and variance can both be controlled by a single interpretable parameter. Experiments on 11 tasks show consistent gains, and an ablation study attributes most of them to the proposed objective. We release our code and data to support further research.', true, NULL, true, 3, '[]', '["http://127.0.0.1:8790/en/directory/eloise-berube?page=0%2C1", "http://127.0.0.1:8790/en/directory/francois-cote-levesque", "http://127.0.0.1:8790/en/directory/ines-benali"]', 'd0db7b433338352c7c84bc175194ddce', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-bd4df6204b47f711', 'Sample-Efficient Exploration with Intrinsic Motivation', '2022-10-04', 2022, 'Recent work in reinforcement learning has shown impressive results on standard benchmarks, but those benchmarks capture only a narrow slice of real use. We introduce a simple method that learns from unlabelled data and needs no change to the model architecture. In a study with 6 participants, practitioners preferred the resulting models in 39% of the pairwise comparisons. Our findings have direct implications for how such systems should be evaluated before deployment.', true, NULL, true, 2, '[]', '["http://127.0.0.1:8790/en/directory/kwame-mensah", "http://127.0.0.1:8790/en/directory/nikolai-sorokin"]', '0d20629f7636400bcb7831f1f38fa107', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-be74e7b40e17a703', 'Causal Representation Learning from Multiple Environments', '2019', 2019, 'Many practical systems in machine learning for health rely on assumptions that rarely hold once a model is deployed outside the laboratory. Our approach combines a learned prior with a lightweight correction step that can be added to existing training pipelines. Experiments on 11 tasks show consistent gains, and an ablation study attributes most of them to the proposed objective. Our findings have direct implications for how such systems should be evaluated before deployment.', true, NULL, true, 5, '[]', '["http://127.0.0.1:8790/en/directory/eloise-berube?page=0%2C2", "http://127.0.0.1:8790/en/directory/jonas-becker", "http://127.0.0.1:8790/en/directory/noah-tremblay-roy", "http://127.0.0.1:8790/en/directory/sara-lindgren", "http://127.0.0.1:8790/en/directory/zoe-muller"]', '07b497290e5f465dd017d79212806490', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-c0da03b46a75b02b', 'Counterfactual Explanations for Credit Scoring Models', NULL, NULL, 'Many practical systems in reinforcement learning rely on assumptions that rarely hold once a model is deployed outside the laboratory. We introduce a simple method that learns from unlabelled data and needs no change to the model architecture. Experiments on 12 tasks show consistent gains, and an ablation study attributes most of them to the proposed objective. These results suggest that simple baselines deserve more attention than they currently receive.', true, NULL, true, 4, '[]', '["http://127.0.0.1:8790/en/directory/aisha-bello", "http://127.0.0.1:8790/en/directory/diego-ramirez", "http://127.0.0.1:8790/en/directory/eloise-berube", "http://127.0.0.1:8790/en/directory/marguerite-ouellet"]', 'df6c3411acfb58951a771645c6d4dc02', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-c18540fba6e6ab06', 'Data Pruning for Efficient Vision-Language Pretraining', '2021', 2021, 'We revisit a basic question in representation learning: how much of the progress reported in recent years survives a careful and reproducible evaluation? We introduce a simple method that learns from unlabelled data and needs no change to the model architecture. Across 4 datasets it improves accuracy by 9 points on average over the strongest baseline while using 55% less compute. We release our code and data to support further research.', true, NULL, true, 4, '[]', '["http://127.0.0.1:8790/en/directory/felix-bouchard", "http://127.0.0.1:8790/en/directory/ngozi-eze", "http://127.0.0.1:8790/en/directory/samuel-okonkwo", "http://127.0.0.1:8790/en/directory/sara-lindgren"]', '31899f52e516ffeaec5da1b839101df0', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-c75f620c6a1759f7', 'Privacy-Preserving Synthetic Data for Electronic Health Records', NULL, NULL, 'Many practical systems in optimization for deep learning rely on assumptions that rarely hold once a model is deployed outside the laboratory. Our approach combines a learned prior with a lightweight correction step that can be added to existing training pipelines. Across 8 datasets it improves accuracy by 7 points on average over the strongest baseline while using 26% less compute. We conclude with a discussion of limitations and of the open questions this work raises.', true, NULL, true, 1, '[]', '["http://127.0.0.1:8790/en/directory/malformed-cards"]', '36340f83f8b782cb41d01012c5a8172f', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-c92ad3062e5c8f72', 'Continual Learning without Forgetting via Functional Regularization', '2020-09-08', 2020, 'Recent work in climate informatics has shown impressive results on standard benchmarks, but those benchmarks capture only a narrow slice of real use. We introduce a simple method that learns from unlabelled data and needs no change to the model architecture. On 12 benchmarks the method matches the state of the art with 68% fewer parameters and trains in under a day on one GPU. These results suggest that simple baselines deserve more attention than they currently receive.', true, NULL, true, 5, '[]', '["http://127.0.0.1:8790/en/directory/diego-ramirez", "http://127.0.0.1:8790/en/directory/eloise-berube?page=0%2C1", "http://127.0.0.1:8790/en/directory/mei-lin-chua", "http://127.0.0.1:8790/en/directory/nadia-haddad"]', '47ae2d66c31b8394ba90f2d0bddd4f26', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-c92b67ba4d9aae22', 'Multi-Task Learning for Air Quality Prediction in Montréal', NULL, NULL, 'Many practical systems in reinforcement learning rely on assumptions that rarely hold once a model is deployed outside the laboratory. We propose a principled estimator whose bias and variance can both be controlled by a single interpretable parameter. In a study with 3 participants, practitioners preferred the resulting models in 24% of the pairwise comparisons. We conclude with a discussion of limitations and of the open questions this work raises.', true, NULL, true, 2, '[]', '["http://127.0.0.1:8790/en/directory/eloise-berube", "http://127.0.0.1:8790/en/directory/sofia-papadopoulou"]', '8d0ae2a877c3c3fd9975596b57b35432', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-cafaa7784049ddc8', 'Scaling Laws for Protein Language Models', NULL, NULL, 'We revisit a basic question in probabilistic modelling: how much of the progress reported in recent years survives a careful and reproducible evaluation? We formulate the problem as inference in a latent-variable model and derive an efficient stochastic algorithm to fit it. Across 5 datasets it improves accuracy by 7 points on average over the strongest baseline while using 54% less compute. Our findings have direct implications for how such systems should be evaluated before deployment.', true, NULL, true, 6, '[]', '["http://127.0.0.1:8790/en/directory/bjorn-halvorsen", "http://127.0.0.1:8790/en/directory/eloise-berube?page=0%2C2", "http://127.0.0.1:8790/en/directory/felix-bouchard", "http://127.0.0.1:8790/en/directory/francois-cote-levesque", "http://127.0.0.1:8790/en/directory/ines-benali"]', '2b77412a5d6bee701b655d469226a63f', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-cb016c2cbfaf7c8a', 'Energy-Based Models for Structured Prediction in Parsing', '2017-08', 2017, 'We revisit a basic question in computer vision: how much of the progress reported in recent years survives a careful and reproducible evaluation? We formulate the problem as inference in a latent-variable model and derive an efficient stochastic algorithm to fit it. Across 4 datasets it improves accuracy by 9 points on average over the strongest baseline while using 61% less compute. Our findings have direct implications for how such systems should be evaluated before deployment.', true, NULL, true, 1, '[]', '["http://127.0.0.1:8790/en/directory/yasmine-cherif"]', 'de06ff6f7f907b3e6e5f2b9039229ab9', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-d1c9b7e36bd1cfad', 'Robustness of Vision Transformers to Common Corruptions', '2024-08', 2024, 'Many practical systems in graph learning rely on assumptions that rarely hold once a model is deployed outside the laboratory. We formulate the problem as inference in a latent-variable model and derive an efficient stochastic algorithm to fit it. Across 8 datasets it improves accuracy by 8 points on average over the strongest baseline while using 24% less compute. We release our code and data to support further research.', true, NULL, true, 1, '[]', '["http://127.0.0.1:8790/en/directory/eloise-berube"]', '68ef31de70b391db888592b66c052094', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-d25d594133f40493', 'Benchmarking Tabular Deep Learning against Gradient Boosting', '2022-01', 2022, 'Despite a decade of work in graph learning, most methods still need large amounts of carefully labelled data before they become useful. Our approach combines a learned prior with a lightweight correction step that can be added to existing training pipelines. Across 5 datasets it improves accuracy by 8 points on average over the strongest baseline while using 34% less compute. These results suggest that simple baselines deserve more attention than they currently receive.', true, 22, true, 3, '[]', '["http://127.0.0.1:8790/en/directory/aisha-bello", "http://127.0.0.1:8790/en/directory/eloise-berube", "http://127.0.0.1:8790/en/directory/francois-cote-levesque"]', '7d80ff701f02922d471b41112dc989f0', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-d450cee410680fe3', 'Quantifying Memorization in Code Language Models', NULL, NULL, 'Progress in reinforcement learning has been driven by ever larger models and datasets, yet the reasons behind many of its successes remain poorly understood. We propose a principled estimator whose bias and variance can both be controlled by a single interpretable parameter. In a study with 12 participants, practitioners preferred the resulting models in 41% of the pairwise comparisons. We conclude with a discussion of limitations and of the open questions this work raises.', true, 22, true, 2, '[]', '["http://127.0.0.1:8790/en/directory/eloise-berube?page=0%2C1", "http://127.0.0.1:8790/en/directory/samuel-okonkwo"]', 'e97579dc5446760c6166e3d6e3dc1533', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-d57af083761e3b20', 'StarCoder 2 and The Stack v2: The Next Generation', NULL, NULL, 'The BigCode project, an open-scientific collaboration focused on the responsible development of Large Language Models for Code (Code LLMs), introduces StarCoder2. In partnership with Software Heritage (SWH), we build The Stack v2 on top of the digital commons of their source code archive. Alongside the SWH repositories spanning 619 programming languages, we carefully select other high-quality data sources, such as GitHub pull requests, Kaggle notebooks, and code documentation. This results in a training set that is 4x larger than the first StarCoder dataset. We train StarCoder2 models with 3B, 7B, and 15B parameters on 3.3 to 4.3 trillion tokens and thoroughly evaluate them on a comprehensive set of Code LLM benchmarks. We find that our small model, StarCoder2-3B, outperforms other Code LLMs of similar size on most benchmarks, and also outperforms StarCoderBase-15B. Our large model, StarCoder2- 15B, significantly outperforms other models of comparable size. In addition, it matches or outperforms CodeLlama-34B, a model more than twice its size. Although DeepSeekCoder- 33B is the best-performing model at code completion for high-resource languages, we find that StarCoder2-15B outperforms it on math and code reasoning benchmarks, as well as several low-resource languages. We make the model weights available under an OpenRAIL license and ensure full transparency regarding the training data by releasing the SoftWare Heritage persistent IDentifiers (SWHIDs) of the source code data.', true, 65, false, 9, '["author_count_mismatch", "author_list_variants"]', '["http://127.0.0.1:8790/en/directory/raymond-li"]', '6f5b0cd6cb806a138741dadea6f610e7', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-d743f2e98dacf3d3', 'Multi-Agent Reinforcement Learning for Traffic Signal Control', NULL, NULL, 'Recent work in climate informatics has shown impressive results on standard benchmarks, but those benchmarks capture only a narrow slice of real use. We propose a principled estimator whose bias and variance can both be controlled by a single interpretable parameter. Across 3 datasets it improves accuracy by 9 points on average over the strongest baseline while using 33% less compute. We release our code and data to support further research.', true, NULL, true, 4, '[]', '["http://127.0.0.1:8790/en/directory/aoife-ni-bhriain", "http://127.0.0.1:8790/en/directory/arjun-mehta", "http://127.0.0.1:8790/en/directory/eloise-berube?page=0%2C3", "http://127.0.0.1:8790/en/directory/kenji-watanabe"]', '4c18df5d6364e35a83f70a8816a388c8', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-db3b6cbc5c4ae14c', 'Markup Errors in Institutional Repositories', '2022', 2022, 'Institutional web pages are written by many hands over many years. We catalogue the markup errors they contain and measure how often each one breaks automatic extraction.', true, NULL, true, 1, '[]', '["http://127.0.0.1:8790/en/directory/malformed-cards"]', '7071615d19a3ad09bfc8cbbffd547740', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-dc22d99d0dc83531', 'Molecule Generation with Fragment-Based Flow Networks', '2015-03-12', 2015, 'Despite a decade of work in climate informatics, most methods still need large amounts of carefully labelled data before they become useful. We introduce a simple method that learns from unlabelled data and needs no change to the model architecture. Across 6 datasets it improves accuracy by 4 points on average over the strongest baseline while using 22% less compute. Our findings have direct implications for how such systems should be evaluated before deployment.', true, NULL, true, 4, '[]', '["http://127.0.0.1:8790/en/directory/eloise-berube?page=0%2C4", "http://127.0.0.1:8790/en/directory/ines-benali", "http://127.0.0.1:8790/en/directory/lucas-moreau", "http://127.0.0.1:8790/en/directory/zoe-muller"]', '019741fda9af34285d50d694b967d6dd', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-de3cd1240f62a817', 'Learning to Solve Vehicle Routing Problems with Attention', '2017', 2017, 'We revisit a basic question in climate informatics: how much of the progress reported in recent years survives a careful and reproducible evaluation? We propose a principled estimator whose bias and variance can both be controlled by a single interpretable parameter. Across 5 datasets it improves accuracy by 3 points on average over the strongest baseline while using 58% less compute. These results suggest that simple baselines deserve more attention than they currently receive.', true, NULL, true, 1, '[]', '["http://127.0.0.1:8790/en/directory/eloise-berube?page=0%2C4"]', '2177a000a22ee970eace00c9786f060a', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-e2ef9e6d7fd3de94', 'Modelling Lexical Change in Canadian French Newspapers', NULL, NULL, 'We revisit a basic question in machine learning for health: how much of the progress reported in recent years survives a careful and reproducible evaluation? We formulate the problem as inference in a latent-variable model and derive an efficient stochastic algorithm to fit it. Experiments on 3 tasks show consistent gains, and an ablation study attributes most of them to the proposed objective. Our findings have direct implications for how such systems should be evaluated before deployment.', true, NULL, true, 1, '[]', '["http://127.0.0.1:8790/en/directory/eloise-berube?page=0%2C1"]', 'cb2717ed66de1b633b19f5e7ba9ff1fe', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-e96c8a4d874eed1a', 'Bayesian Deep Learning for Seismic Event Classification', NULL, NULL, 'Despite a decade of work in optimization for deep learning, most methods still need large amounts of carefully labelled data before they become useful. Our approach combines a learned prior with a lightweight correction step that can be added to existing training pipelines. In a study with 4 participants, practitioners preferred the resulting models in 36% of the pairwise comparisons. We release our code and data to support further research.', true, NULL, true, 5, '[]', '["http://127.0.0.1:8790/en/directory/camille-dufresne", "http://127.0.0.1:8790/en/directory/dmitriy-ivanov", "http://127.0.0.1:8790/en/directory/eloise-berube?page=0%2C4", "http://127.0.0.1:8790/en/directory/francois-cote-levesque?page=0%2C1", "http://127.0.0.1:8790/en/directory/jonas-becker"]', '27e7c640e4cdcfbf78ef1d2d5e72a117', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-f1f2a244ef6931af', 'Temporal Graph Networks for Fraud Detection in Payment Systems', NULL, NULL, 'Despite a decade of work in climate informatics, most methods still need large amounts of carefully labelled data before they become useful. We propose a principled estimator whose bias and variance can both be controlled by a single interpretable parameter. On 6 benchmarks the method matches the state of the art with 34% fewer parameters and trains in under a day on one GPU. Our findings have direct implications for how such systems should be evaluated before deployment.', true, NULL, true, 6, '[]', '["http://127.0.0.1:8790/en/directory/amira-saleh", "http://127.0.0.1:8790/en/directory/eloise-berube?page=0%2C3", "http://127.0.0.1:8790/en/directory/francois-cote-levesque?page=0%2C1", "http://127.0.0.1:8790/en/directory/hannah-kowalski", "http://127.0.0.1:8790/en/directory/marguerite-ouellet", "http://127.0.0.1:8790/en/directory/priya-raghunathan"]', '62af67ed9670b40f119686a2ddbd0c59', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-f3fd020ba1c0a4fa', 'Measuring Gender Bias in Machine Translation between English and French', '2021-09-13', 2021, 'Progress in climate informatics has been driven by ever larger models and datasets, yet the reasons behind many of its successes remain poorly understood. Our approach combines a learned prior with a lightweight correction step that can be added to existing training pipelines. On 12 benchmarks the method matches the state of the art with 48% fewer parameters and trains in under a day on one GPU. Our findings have direct implications for how such systems should be evaluated before deployment.', true, NULL, true, 3, '[]', '["http://127.0.0.1:8790/en/directory/eloise-berube?page=0%2C1", "http://127.0.0.1:8790/en/directory/francois-cote-levesque", "http://127.0.0.1:8790/en/directory/jonas-becker"]', '4dcdcda5aac9c5cada30b4c72791db9b', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-f5a196ca51739cdd', 'A Dataset of Annotated Parliamentary Debates in Canada', '2013-12-19', 2013, 'Many practical systems in optimization for deep learning rely on assumptions that rarely hold once a model is deployed outside the laboratory. We propose a principled estimator whose bias and variance can both be controlled by a single interpretable parameter. Experiments on 6 tasks show consistent gains, and an ablation study attributes most of them to the proposed objective. These results suggest that simple baselines deserve more attention than they currently receive.', true, 20, true, 2, '[]', '["http://127.0.0.1:8790/en/directory/francois-cote-levesque?page=0%2C1", "http://127.0.0.1:8790/en/directory/jonas-becker"]', 'da08da7850d5dc99692a06af3df56f90', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-f660dc15fec07e18', 'Diffusion Models for Inverse Problems in Medical Imaging', '2017-06-19', 2017, 'We derive finite-sample guarantees for off-policy evaluation with linear function approximation. Under a coverage assumption the estimation error is bounded by $\varepsilon \le C \sqrt{d \log(1/\delta) / n} + \frac{', false, NULL, true, 3, '["abstract_truncated"]', '["http://127.0.0.1:8790/en/directory/francois-cote-levesque?page=0%2C1", "http://127.0.0.1:8790/en/directory/noah-tremblay-roy", "http://127.0.0.1:8790/en/directory/zoe-muller"]', '1c83874da9c843d88f7386e88d31f5ad', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-f67094295a1e31a2', 'StarCoder: may the source be with you!', NULL, NULL, 'The BigCode community, an open-scientific collaboration working on the responsible development of Large Language Models for Code (Code LLMs), introduces StarCoder and StarCoderBase: 15.5B parameter models with 8K context length, infilling capabilities and fast large-batch inference enabled by multi-query attention. StarCoderBase is trained on 1 trillion tokens sourced from The Stack, a large collection of permissively licensed GitHub repositories with inspection tools and an opt-out process. We fine-tuned StarCoderBase on 35B Python tokens, resulting in the creation of StarCoder. We perform the most comprehensive evaluation of Code LLMs to date and show that StarCoderBase outperforms every open Code LLM that supports multiple programming languages and matches or outperforms the OpenAI code-cushman-001 model. Furthermore, StarCoder outperforms every model that is fine-tuned on Python and still retains its performance on other programming languages. We take several important steps towards a safe open-access model release, including an improved PII redaction pipeline and a novel attribution tracing tool, and make the StarCoder models publicly available under a more commercially viable version of the Open Responsible AI Model license.', true, 68, false, 1, '["author_count_mismatch"]', '["http://127.0.0.1:8790/en/directory/raymond-li"]', '2af153b356590c84e571cf859a1c3cdb', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');
INSERT INTO public.publications VALUES ('pub-face8a0a4fa222aa', 'Publication Records without Author Lists', NULL, NULL, NULL, false, NULL, true, 1, '["authors_missing"]', '["http://127.0.0.1:8790/en/directory/malformed-cards"]', 'dcf546e5ff23b1925dbb95baffc78f19', true, '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00', '2026-12-03 07:56:39+00');


--
-- Data for Name: schema_version; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.schema_version VALUES (1, '2026-12-03 07:56:40.654118+00');


--
-- Data for Name: supervision_links; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.supervision_links VALUES ('mila:amira-saleh', 'supervisor', 1, 'Éloïse Bérubé', 'mila:eloise-berube', 'PhD', 'Université de Montréal', 'Supervisor');
INSERT INTO public.supervision_links VALUES ('mila:arjun-mehta', 'supervisor', 1, 'Samuel Okonkwo', 'mila:samuel-okonkwo', 'Master''s', 'Concordia University', 'Supervisor');
INSERT INTO public.supervision_links VALUES ('mila:benoit-gagnon', 'student', 1, 'Noah Tremblay-Roy', 'mila:noah-tremblay-roy', 'PhD', 'McGill University', 'Co-supervisor');
INSERT INTO public.supervision_links VALUES ('mila:camille-dufresne', 'supervisor', 1, 'Éloïse Bérubé', 'mila:eloise-berube', 'PhD', 'Université de Montréal', 'Supervisor');
INSERT INTO public.supervision_links VALUES ('mila:chloe-lefebvre', 'supervisor', 1, 'Marguerite Ouellet', 'mila:marguerite-ouellet', 'PhD', 'Université Laval', 'Supervisor');
INSERT INTO public.supervision_links VALUES ('mila:dmitriy-ivanov', 'student', 1, 'Rafael Gutiérrez', 'mila:rafael-gutierrez', 'Master''s', 'HEC Montréal', 'Principal supervisor');
INSERT INTO public.supervision_links VALUES ('mila:dmitriy-ivanov', 'student', 2, 'Félix Bouchard', 'mila:felix-bouchard', 'PhD', 'Université de Montréal', NULL);
INSERT INTO public.supervision_links VALUES ('mila:eloise-berube', 'student', 1, 'Camille Dufresne', 'mila:camille-dufresne', 'PhD', 'Université de Montréal', 'Principal supervisor');
INSERT INTO public.supervision_links VALUES ('mila:eloise-berube', 'student', 2, 'Mateus Oliveira', 'mila:mateus-oliveira', 'PhD', 'Université de Montréal', 'Principal supervisor');
INSERT INTO public.supervision_links VALUES ('mila:eloise-berube', 'student', 3, 'Inès Benali', 'mila:ines-benali', 'PhD', 'Polytechnique Montréal', 'Co-supervisor');
INSERT INTO public.supervision_links VALUES ('mila:eloise-berube', 'student', 4, 'Sara Lindgren', 'mila:sara-lindgren', 'Master''s', 'Université de Montréal', 'Principal supervisor');
INSERT INTO public.supervision_links VALUES ('mila:eloise-berube', 'student', 5, 'Amira Saleh', 'mila:amira-saleh', 'PhD', 'Université de Montréal', 'Principal supervisor');
INSERT INTO public.supervision_links VALUES ('mila:emile-fortin', 'supervisor', 1, 'Tomás Aguirre-Salas', 'mila:tomas-aguirre-salas', 'PhD', 'École de technologie supérieure', 'Supervisor');
INSERT INTO public.supervision_links VALUES ('mila:felix-bouchard', 'supervisor', 1, 'Σοφία Παπαδοπούλου', 'mila:sofia-papadopoulou', 'PhD', 'Université de Montréal', 'Supervisor');
INSERT INTO public.supervision_links VALUES ('mila:felix-bouchard', 'supervisor', 2, 'Дмитрий Иванов', 'mila:dmitriy-ivanov', 'PhD', 'Université de Montréal', 'Supervisor');
INSERT INTO public.supervision_links VALUES ('mila:francois-cote-levesque', 'student', 1, 'Léa Nguyen', 'mila:lea-nguyen', 'Master''s', 'McGill University', 'Principal supervisor');
INSERT INTO public.supervision_links VALUES ('mila:francois-cote-levesque', 'student', 2, 'Jonas Becker', 'mila:jonas-becker', 'PhD', 'McGill University', 'Co-supervisor');
INSERT INTO public.supervision_links VALUES ('mila:francois-cote-levesque', 'student', 3, 'Maya Cohen', 'mila:maya-cohen', 'Master''s', 'McGill University', 'Principal supervisor');
INSERT INTO public.supervision_links VALUES ('mila:hannah-kowalski', 'supervisor', 1, 'Priya Raghunathan', 'mila:priya-raghunathan', 'PhD', 'Université de Sherbrooke', 'Supervisor');
INSERT INTO public.supervision_links VALUES ('mila:ines-benali', 'supervisor', 1, '李明', 'mila:li-ming', 'PhD', 'Polytechnique Montréal', 'Supervisor');
INSERT INTO public.supervision_links VALUES ('mila:ines-benali', 'supervisor', 2, 'Éloïse Bérubé', 'mila:eloise-berube', 'PhD', 'Polytechnique Montréal', 'Supervisor');
INSERT INTO public.supervision_links VALUES ('mila:jonas-becker', 'supervisor', 1, 'Zoë Müller', 'mila:zoe-muller', 'PhD', 'McGill University', 'Supervisor');
INSERT INTO public.supervision_links VALUES ('mila:jonas-becker', 'supervisor', 2, 'François Côté-Lévesque', 'mila:francois-cote-levesque', 'PhD', 'McGill University', 'Supervisor');
INSERT INTO public.supervision_links VALUES ('mila:kwame-mensah', 'supervisor', 1, '李明', 'mila:li-ming', 'PhD', 'Polytechnique Montréal', 'Supervisor');
INSERT INTO public.supervision_links VALUES ('mila:lea-nguyen', 'supervisor', 1, 'François Côté-Lévesque', 'mila:francois-cote-levesque', 'Master''s', 'McGill University', 'Supervisor');
INSERT INTO public.supervision_links VALUES ('mila:li-ming', 'student', 1, 'Kwame Mensah', 'mila:kwame-mensah', 'PhD', 'Polytechnique Montréal', NULL);
INSERT INTO public.supervision_links VALUES ('mila:li-ming', 'student', 2, 'Inès Benali', 'mila:ines-benali', 'PhD', 'Polytechnique Montréal', 'Principal supervisor');
INSERT INTO public.supervision_links VALUES ('mila:li-ming', 'student', 3, 'Lucas Moreau', 'mila:lucas-moreau', 'Master''s', 'Polytechnique Montréal', 'Principal supervisor');
INSERT INTO public.supervision_links VALUES ('mila:lucas-moreau', 'supervisor', 1, '李明', 'mila:li-ming', 'Master''s', 'Polytechnique Montréal', 'Supervisor');
INSERT INTO public.supervision_links VALUES ('mila:lucas-moreau', 'supervisor', 2, 'Samuel Okonkwo', 'mila:samuel-okonkwo', 'Master''s', 'Polytechnique Montréal', 'Supervisor');
INSERT INTO public.supervision_links VALUES ('mila:marguerite-ouellet', 'student', 1, 'Chloé Lefebvre', 'mila:chloe-lefebvre', 'PhD', 'Université Laval', 'Principal supervisor');
INSERT INTO public.supervision_links VALUES ('mila:mateus-oliveira', 'supervisor', 1, 'Éloïse Bérubé', 'mila:eloise-berube', 'PhD', 'Université de Montréal', 'Supervisor');
INSERT INTO public.supervision_links VALUES ('mila:mateus-oliveira', 'supervisor', 2, 'Σοφία Παπαδοπούλου', 'mila:sofia-papadopoulou', 'PhD', 'Université de Montréal', 'Supervisor');
INSERT INTO public.supervision_links VALUES ('mila:maya-cohen', 'supervisor', 1, 'François Côté-Lévesque', 'mila:francois-cote-levesque', 'Master''s', 'McGill University', 'Supervisor');
INSERT INTO public.supervision_links VALUES ('mila:ngozi-eze', 'supervisor', 1, 'Samuel Okonkwo', 'mila:samuel-okonkwo', 'PhD', 'Concordia University', 'Supervisor');
INSERT INTO public.supervision_links VALUES ('mila:noah-tremblay-roy', 'supervisor', 1, 'Zoë Müller', 'mila:zoe-muller', 'PhD', 'McGill University', 'Supervisor');
INSERT INTO public.supervision_links VALUES ('mila:noah-tremblay-roy', 'supervisor', 2, 'Benoît Gagnon', 'mila:benoit-gagnon', 'PhD', 'McGill University', 'Supervisor');
INSERT INTO public.supervision_links VALUES ('mila:priya-raghunathan', 'student', 1, 'Hannah Kowalski', 'mila:hannah-kowalski', 'PhD', 'Université de Sherbrooke', 'Principal supervisor');
INSERT INTO public.supervision_links VALUES ('mila:rafael-gutierrez', 'supervisor', 1, 'Дмитрий Иванов', 'mila:dmitriy-ivanov', 'Master''s', 'HEC Montréal', 'Supervisor');
INSERT INTO public.supervision_links VALUES ('mila:samuel-okonkwo', 'student', 1, 'Arjun Mehta', 'mila:arjun-mehta', 'Master''s', 'Concordia University', NULL);
INSERT INTO public.supervision_links VALUES ('mila:samuel-okonkwo', 'student', 2, 'Lucas Moreau', 'mila:lucas-moreau', 'Master''s', 'Polytechnique Montréal', 'Co-supervisor');
INSERT INTO public.supervision_links VALUES ('mila:samuel-okonkwo', 'student', 3, 'Ngozi Eze', 'mila:ngozi-eze', 'PhD', 'Concordia University', 'Principal supervisor');
INSERT INTO public.supervision_links VALUES ('mila:sara-lindgren', 'supervisor', 1, 'Éloïse Bérubé', 'mila:eloise-berube', 'Master''s', 'Université de Montréal', 'Supervisor');
INSERT INTO public.supervision_links VALUES ('mila:sofia-papadopoulou', 'student', 1, 'Mateus Oliveira', 'mila:mateus-oliveira', 'PhD', 'Université de Montréal', 'Co-supervisor');
INSERT INTO public.supervision_links VALUES ('mila:sofia-papadopoulou', 'student', 2, 'Yuki Sato', 'mila:yuki-sato', 'PhD', 'Université de Montréal', 'Principal supervisor');
INSERT INTO public.supervision_links VALUES ('mila:sofia-papadopoulou', 'student', 3, 'Félix Bouchard', 'mila:felix-bouchard', 'PhD', 'Université de Montréal', 'Principal supervisor');
INSERT INTO public.supervision_links VALUES ('mila:tomas-aguirre-salas', 'student', 1, 'Émile Fortin', 'mila:emile-fortin', 'PhD', 'École de technologie supérieure', 'Principal supervisor');
INSERT INTO public.supervision_links VALUES ('mila:yuki-sato', 'supervisor', 1, 'Σοφία Παπαδοπούλου', 'mila:sofia-papadopoulou', 'PhD', 'Université de Montréal', 'Supervisor');
INSERT INTO public.supervision_links VALUES ('mila:zoe-muller', 'student', 1, 'Jonas Becker', 'mila:jonas-becker', 'PhD', 'McGill University', 'Principal supervisor');
INSERT INTO public.supervision_links VALUES ('mila:zoe-muller', 'student', 2, 'Noah Tremblay-Roy', 'mila:noah-tremblay-roy', 'PhD', 'McGill University', 'Principal supervisor');


--
-- Name: schema_version_version_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.schema_version_version_seq', 1, false);


--
-- Name: authorships authorships_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.authorships
    ADD CONSTRAINT authorships_pkey PRIMARY KEY (publication_id, "position");


--
-- Name: profiles profiles_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.profiles
    ADD CONSTRAINT profiles_pkey PRIMARY KEY (id);


--
-- Name: publication_profiles publication_profiles_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.publication_profiles
    ADD CONSTRAINT publication_profiles_pkey PRIMARY KEY (publication_id, profile_id);


--
-- Name: publications publications_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.publications
    ADD CONSTRAINT publications_pkey PRIMARY KEY (id);


--
-- Name: schema_version schema_version_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.schema_version
    ADD CONSTRAINT schema_version_pkey PRIMARY KEY (version);


--
-- Name: supervision_links supervision_links_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.supervision_links
    ADD CONSTRAINT supervision_links_pkey PRIMARY KEY (profile_id, relation, "position");


--
-- Name: ix_authorships_profile_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_authorships_profile_id ON public.authorships USING btree (profile_id);


--
-- Name: ix_profiles_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_profiles_status ON public.profiles USING btree (status);


--
-- Name: ix_publication_profiles_profile_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_publication_profiles_profile_id ON public.publication_profiles USING btree (profile_id);


--
-- Name: ix_supervision_links_person_profile_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_supervision_links_person_profile_id ON public.supervision_links USING btree (person_profile_id);


--
-- Name: authorships authorships_publication_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.authorships
    ADD CONSTRAINT authorships_publication_id_fkey FOREIGN KEY (publication_id) REFERENCES public.publications(id) ON DELETE CASCADE;


--
-- Name: publication_profiles publication_profiles_publication_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.publication_profiles
    ADD CONSTRAINT publication_profiles_publication_id_fkey FOREIGN KEY (publication_id) REFERENCES public.publications(id) ON DELETE CASCADE;


--
-- Name: supervision_links supervision_links_profile_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.supervision_links
    ADD CONSTRAINT supervision_links_profile_id_fkey FOREIGN KEY (profile_id) REFERENCES public.profiles(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--


